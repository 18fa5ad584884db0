import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

const OXIDE_CITRATE_LAXATIVE_EN =
  'The most common, magnesium oxide and citrate, happen to be the worst to assimilate, which is why both have a strong laxative effect.';

/** Side effects: the laxative effect above all, by form. */
export const SIDE_EFFECT_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-laxative-effect',
    topic: 'side-effects',
    concepts: ['magnesium', 'diarrhoea'],
    statement: {
      en: 'Magnesium has a laxative effect when taken in excess or when it is not absorbed, which limits how much you can take.',
      nb: 'Magnesium virker avførende når man tar for mye, eller når det ikke tas opp, og det begrenser hvor mye man kan ta.',
      bg: 'Магнезият има слабително действие, когато се приема в излишък или не се усвоява, и това ограничава количеството, което може да се приема.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'assertion',
        'Unabsorbed magnesium will cause a laxative effect, so the amount that you can tolerate will be limited by this effect.',
      ),
      support(FIBRO_PAGE, 'assertion', 'almost any form of magnesium, taken in excess, will cause a laxative effect'),
      support(
        FIBRO_PAGE,
        'assertion',
        'it is often not because you are taking too much, but because you are not assimilating it well',
      ),
      support(
        MIGRENE_BLOG,
        'observational',
        'har ofte brukt magnesiumtilskudd som tas dårlig opp i tarmen og dermed gitt løs avføring eller diaré som bivirkning',
      ),
      support(EPOCH_NEWS, 'assertion', 'they may cause digestive side effects such as diarrhea', HEDGED),
    ],
  },
  {
    id: 'magnesium-oxide-causes-diarrhoea',
    topic: 'side-effects',
    concepts: ['magnesium-oxide', 'diarrhoea'],
    statement: {
      en: 'Magnesium oxide carries a high risk of diarrhoea.',
      nb: 'Magnesiumoksid gir høy risiko for diaré.',
      bg: 'Магнезиевият оксид носи висок риск от диария.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'High Risk of Diarrhea'),
      support(FIBRO_PAGE, 'assertion', OXIDE_CITRATE_LAXATIVE_EN),
    ],
  },
  {
    id: 'magnesium-citrate-is-laxative',
    topic: 'side-effects',
    concepts: ['magnesium-citrate', 'diarrhoea'],
    statement: {
      en: 'Magnesium citrate has a laxative effect and is sold as a laxative.',
      nb: 'Magnesiumsitrat virker avførende og selges som avføringsmiddel.',
      bg: 'Магнезиевият цитрат има слабително действие и се продава като слабително.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'Laxative Effect'),
      support(FIBRO_PAGE, 'assertion', OXIDE_CITRATE_LAXATIVE_EN),
      support(FIBRO_PAGE, 'assertion', 'magnesium citrate is marketed as a laxative'),
      support(
        FIBRO_PAGE,
        'assertion',
        "Magnesium citrate is probably used as a laxative, simply because it's an inexpensive form, and very soluable.",
        HEDGED,
      ),
    ],
  },
  {
    id: 'stomach-upset-most-common-side-effect',
    topic: 'side-effects',
    concepts: ['magnesium', 'gi-upset'],
    statement: {
      en: 'Stomach and digestive upset is the most common side effect of magnesium supplements, especially at higher doses.',
      nb: 'Mage- og fordøyelsesplager er den vanligste bivirkningen av magnesiumtilskudd, særlig ved høyere doser.',
      bg: 'Стомашно-чревният дискомфорт е най-честият страничен ефект на магнезиевите добавки, особено при по-високи дози.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'The most common side effect with higher intake is gastrointestinal upset'),
      support(EPOCH_NEWS, 'assertion', 'they may cause digestive side effects', HEDGED),
    ],
  },
  {
    id: 'magnesium-glycinate-gentle-on-stomach',
    topic: 'side-effects',
    concepts: ['magnesium-glycinate', 'gi-upset'],
    statement: {
      en: 'Magnesium glycinate is well tolerated and much gentler on the stomach than other forms such as oxide.',
      nb: 'Magnesiumglysinat tåles godt og er mye skånsommere for magen enn andre former, som oksid.',
      bg: 'Магнезиевият глицинат се понася добре и е много по-щадящ за стомаха от другите форми, например оксида.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'Magnesium glycinate is generally well-tolerated.'),
      support(GLYCINATE_PAGE, 'assertion', 'this is far less likely with glycinate than with other forms like oxide'),
      support(GLYCINATE_PAGE, 'assertion', 'glycinate remains a top contender due to its gentle nature and efficacy'),
    ],
  },
  {
    id: 'side-effects-may-come-from-added-substances',
    topic: 'side-effects',
    concepts: ['magnesium', 'side-effect', 'additives'],
    statement: {
      en: 'A side effect may come from the substance combined with the magnesium, so switching brand can help.',
      nb: 'En bivirkning kan skyldes stoffet magnesiumet er bundet til, så det kan hjelpe å bytte merke.',
      bg: 'Страничният ефект може да се дължи на веществото, с което е свързан магнезият, затова смяната на марката може да помогне.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'if you experience a side effect, consider switching to a different brand'),
      support(
        FIBRO_PAGE,
        'assertion',
        'the substance which is combined with the magnesium may be the cause of the side effect',
        HEDGED,
      ),
    ],
  },
];
