import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** Preparations and routes: glycinate's extra effects, liquids, slow release, coatings, IV, skin. */
export const PREPARATION_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-glycinate-is-calming',
    topic: 'forms',
    concepts: ['magnesium-glycinate', 'calming'],
    statement: {
      en: 'Magnesium glycinate has a calming effect thanks to glycine, which can improve sleep and may cause mild drowsiness.',
      nb: 'Magnesiumglysinat virker beroligende takket være glysin, som kan gi bedre søvn og lett døsighet.',
      bg: 'Магнезиевият глицинат има успокояващ ефект благодарение на глицина, който може да подобри съня и да предизвика лека сънливост.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'Glycine is a calming neurotransmitter that can help improve sleep quality', HEDGED),
      support(GLYCINATE_PAGE, 'mechanism', 'Glycine, the amino acid in magnesium glycinate, can have a calming effect on the brain.', HEDGED),
      support(GLYCINATE_PAGE, 'assertion', 'Some individuals may experience mild sedation due to the calming effects of glycine.', HEDGED),
      support(EPOCH_NEWS, 'expert-opinion', 'is well-absorbed and has a calming effect, making it ideal for muscle tension'),
    ],
  },
  {
    id: 'liquid-magnesium-works-when-pills-fail',
    topic: 'forms',
    concepts: ['liquid-magnesium', 'oral'],
    statement: {
      en: 'Liquid magnesium can help when pills do not, probably because it dissolves better.',
      nb: 'Flytende magnesium kan hjelpe når tabletter ikke gjør det, sannsynligvis fordi det løses bedre.',
      bg: 'Течният магнезий може да помогне, когато таблетките не помагат, вероятно защото се разтваря по-добре.',
    },
    evidence: [
      support(FIBRO_PAGE, 'anecdote', 'Many people have found that liquid forms of magnesium help when pills do not help.'),
      support(FIBRO_PAGE, 'mechanism', 'This is probably due to increased solubility.', HEDGED),
    ],
  },
  {
    id: 'slow-release-magnesium-helps',
    topic: 'forms',
    concepts: ['magnesium', 'slow-release'],
    statement: {
      en: 'Slow-release magnesium, absorbed over 8–10 hours, can help where plain magnesium did not.',
      nb: 'Depotmagnesium, som tas opp over 8–10 timer, kan hjelpe der vanlig magnesium ikke gjorde det.',
      bg: 'Магнезият с удължено освобождаване, който се усвоява за 8–10 часа, може да помогне там, където обикновеният не е помогнал.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'observational',
        'Having a steady source of magnesium has been found to help in cases where plain magnesium did not help.',
      ),
      support(FIBRO_PAGE, 'assertion', 'Time released supposedly is absorbed over a 8-10 hour period.', HEDGED),
      support(FIBRO_PAGE, 'anecdote', 'I personally have had good results with it.'),
      support(FIBRO_PAGE, 'assertion', 'it may be more effective to combine a slow acting form with a quickly acting form', HEDGED),
    ],
  },
  {
    id: 'enteric-coating-may-hinder-absorption',
    topic: 'forms',
    concepts: ['enteric-coating', 'poorly-absorbed'],
    statement: {
      en: 'Enteric coating, meant to spare the stomach, may keep magnesium from being properly absorbed.',
      nb: 'Enterodrasjering, som skal skåne magen, kan hindre at magnesium tas skikkelig opp.',
      bg: 'Стомашно-устойчивото покритие, което трябва да щади стомаха, може да попречи на правилното усвояване на магнезия.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'Slow Mag is enteric coated, which is done to avoid a stomach upset'),
      support(FIBRO_PAGE, 'trial', 'one study suggests that this may prevent proper absorption', HEDGED),
    ],
  },
  {
    id: 'intravenous-magnesium-acts-fast',
    topic: 'forms',
    concepts: ['magnesium', 'intravenous'],
    statement: {
      en: 'Intravenous magnesium acts quickly and is used in emergencies and severe cases; oral magnesium suits mild deficiency and long-term use.',
      nb: 'Intravenøst magnesium virker raskt og brukes i akutte og alvorlige tilfeller; magnesium gjennom munnen passer ved lett mangel og langvarig bruk.',
      bg: 'Интравенозният магнезий действа бързо и се прилага при спешни и тежки случаи; приеманият през устата е подходящ при лек дефицит и за продължителна употреба.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'assertion',
        'IV magnesium is administered directly into a vein and is used in more urgent or severe cases',
      ),
      support(EPOCH_NEWS, 'assertion', 'It works quickly and bypasses the gut.'),
      support(
        EPOCH_NEWS,
        'assertion',
        'Oral supplements—typically pills or powders—are best for mild to moderate deficiencies or long-term maintenance',
      ),
      support(
        FIBRO_PAGE,
        'assertion',
        'intravenous magnesium sulfate is used in emergency situations because of this effect on acetylcholine',
      ),
    ],
  },
  {
    id: 'topical-magnesium-relieves-sore-muscles',
    topic: 'forms',
    concepts: ['magnesium', 'topical', 'relief'],
    statement: {
      en: 'Magnesium applied to the skin, as in Epsom salt baths, relieves sore muscles.',
      nb: 'Magnesium på huden, for eksempel i bad med epsomsalt, lindrer støle muskler.',
      bg: 'Магнезият, нанесен върху кожата, например чрез вани с английска сол, облекчава болезнените мускули.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'expert-opinion',
        'topical magnesium chloride, commonly found in Epsom salts, is excellent for offering targeted relief to sore muscles',
      ),
    ],
  },
  {
    id: 'epsom-salt-is-magnesium-chloride',
    topic: 'forms',
    concepts: ['magnesium-chloride', 'magnesium-sulfate'],
    statement: {
      en: 'Epsom salt contains magnesium chloride.',
      nb: 'Epsomsalt inneholder magnesiumklorid.',
      bg: 'Английската сол съдържа магнезиев хлорид.',
    },
    evidence: [
      // One passing remark in a news article; Epsom salt is usually described as magnesium sulfate.
      support(EPOCH_NEWS, 'assertion', 'magnesium chloride, commonly found in Epsom salts'),
    ],
  },
];
