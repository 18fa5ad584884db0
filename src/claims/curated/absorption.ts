import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG } from '../sources.ts';
import { HEDGED, contrast, support } from './helpers.ts';

/** 000 lists its good forms in one sentence; each form's claim quotes it whole. */
const GOOD_FORMS_NB =
  'Gode former for magnesiumtilskudd inkluderer magnesiumsitrat, magnesiumlaktat, magnesiumglysinat, magnesiummalat, magnesiumlysinat, magnesiumaspartat og magnesium L-Threonate.';
const POOR_FORMS_NB =
  'Magnesiumoksidmagnesiumhydroksid og magnesiumsulfat er tre magnesiumforbindelser som tas dårlig opp i tarmen';
const BETTER_ABSORBED_EN = 'Studies show that other common forms, such as citrate, chloride, aspartate, are all better absorbed.';
const WORST_TO_ASSIMILATE_EN = 'The most common, magnesium oxide and citrate, happen to be the worst to assimilate';

/** How well magnesium, and each form of it, is absorbed. */
export const ABSORPTION_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-forms-differ-in-absorption',
    topic: 'forms',
    concepts: ['magnesium', 'absorption'],
    statement: {
      en: 'Magnesium compounds differ a lot in how well they are absorbed, so the form matters.',
      nb: 'Magnesiumforbindelser tas opp svært ulikt, så formen har betydning.',
      bg: 'Съединенията на магнезия се усвояват в много различна степен, затова формата има значение.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', 'Det er stor forskjell på hvor godt magnesiumforbindelser tas opp i tarmen'),
      support(FIBRO_PAGE, 'assertion', 'Please note that not all forms are the same.'),
      support(
        EPOCH_NEWS,
        'expert-opinion',
        'Magnesium’s effectiveness in managing pain depends not only on its mechanisms but also on the form in which it is taken.',
      ),
    ],
  },
  {
    id: 'magnesium-often-poorly-absorbed',
    topic: 'forms',
    concepts: ['magnesium', 'poorly-absorbed'],
    statement: {
      en: 'Magnesium taken by mouth is often poorly absorbed.',
      nb: 'Magnesium som tas gjennom munnen, tas ofte dårlig opp.',
      bg: 'Магнезият, приет през устата, често се усвоява слабо.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'oral magnesium supplementation can be difficult because of absorption problems'),
      support(FIBRO_PAGE, 'assertion', 'Many forms of oral magnesium supplements are hard to assimilate.'),
      support(FIBRO_PAGE, 'assertion', 'magnesium is often poorly absorbed'),
      support(FIBRO_PAGE, 'assertion', 'magnesium is less easily absorbed than calcium'),
    ],
  },
  {
    id: 'magnesium-oxide-poorly-absorbed',
    topic: 'forms',
    concepts: ['magnesium-oxide', 'poorly-absorbed'],
    statement: {
      en: 'Magnesium oxide is poorly absorbed.',
      nb: 'Magnesiumoksid tas dårlig opp.',
      bg: 'Магнезиевият оксид се усвоява слабо.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', POOR_FORMS_NB),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'the body can absorb and utilize it more effectively than other common forms, such as magnesium oxide',
      ),
      support(
        FIBRO_PAGE,
        'review',
        'Magnesium oxide is one of the most common, but studies have shown it to be poorly absorbed, due to low solubility.',
      ),
      support(FIBRO_PAGE, 'assertion', WORST_TO_ASSIMILATE_EN),
    ],
  },
  {
    id: 'magnesium-hydroxide-poorly-absorbed',
    topic: 'forms',
    concepts: ['magnesium-hydroxide', 'poorly-absorbed'],
    statement: {
      en: 'Magnesium hydroxide is poorly absorbed.',
      nb: 'Magnesiumhydroksid tas dårlig opp.',
      bg: 'Магнезиевият хидроксид се усвоява слабо.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', POOR_FORMS_NB)],
  },
  {
    id: 'magnesium-sulfate-poorly-absorbed',
    topic: 'forms',
    concepts: ['magnesium-sulfate', 'poorly-absorbed'],
    statement: {
      en: 'Magnesium sulfate is poorly absorbed from the gut.',
      nb: 'Magnesiumsulfat tas dårlig opp fra tarmen.',
      bg: 'Магнезиевият сулфат се усвоява слабо в червата.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', POOR_FORMS_NB)],
  },
  {
    id: 'magnesium-citrate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-citrate', 'well-absorbed'],
    statement: {
      en: 'Magnesium citrate is a well-absorbed form of magnesium.',
      nb: 'Magnesiumsitrat er en form for magnesium som tas godt opp.',
      bg: 'Магнезиевият цитрат е добре усвоима форма на магнезий.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB),
      support(GLYCINATE_PAGE, 'assertion', 'Well absorbed, but less gentle'),
      support(FIBRO_PAGE, 'review', BETTER_ABSORBED_EN),
      // 002 contradicts itself: earlier on the page citrate is among the worst absorbed.
      contrast(FIBRO_PAGE, 'assertion', WORST_TO_ASSIMILATE_EN),
      contrast(FIBRO_PAGE, 'assertion', 'Some people believe that magnesium citrate is not well absorbed', HEDGED),
    ],
  },
  {
    id: 'magnesium-lactate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-lactate', 'well-absorbed'],
    statement: {
      en: 'Magnesium lactate is a well-absorbed form.',
      nb: 'Magnesiumlaktat er en form som tas godt opp.',
      bg: 'Магнезиевият лактат е добре усвоима форма.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB),
      support(
        FIBRO_PAGE,
        'anecdote',
        'has been reported by some people to be even better absorbed than the magnesium chloride, possibly because it is released over a longer period of time',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-glycinate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-glycinate', 'well-absorbed'],
    statement: {
      en: 'Magnesium glycinate is well absorbed, better than common forms such as magnesium oxide.',
      nb: 'Magnesiumglysinat tas godt opp, bedre enn vanlige former som magnesiumoksid.',
      bg: 'Магнезиевият глицинат се усвоява добре, по-добре от разпространени форми като магнезиевия оксид.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB),
      support(GLYCINATE_PAGE, 'assertion', 'This particular compound is prized for its high bioavailability'),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'meaning the body can absorb and utilize it more effectively than other common forms, such as magnesium oxide',
      ),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'For magnesium glycinate, individuals often find various approaches to be effective due to its superior absorption.',
      ),
      support(EPOCH_NEWS, 'expert-opinion', 'Magnesium glycinate, for example, is well-absorbed and has a calming effect'),
    ],
  },
  {
    id: 'magnesium-malate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-malate', 'well-absorbed'],
    statement: {
      en: 'Magnesium malate is a good, well-absorbed form.',
      nb: 'Magnesiummalat er en god form som tas godt opp.',
      bg: 'Магнезиевият малат е добра, добре усвоима форма.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB)],
  },
  {
    id: 'magnesium-lysinate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-lysinate', 'well-absorbed'],
    statement: {
      en: 'Magnesium lysinate is a good, well-absorbed form.',
      nb: 'Magnesiumlysinat er en god form som tas godt opp.',
      bg: 'Магнезиевият лизинат е добра, добре усвоима форма.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB)],
  },
  {
    id: 'magnesium-aspartate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-aspartate', 'well-absorbed'],
    statement: {
      en: 'Magnesium aspartate is a well-absorbed form.',
      nb: 'Magnesiumaspartat er en form som tas godt opp.',
      bg: 'Магнезиевият аспартат е добре усвоима форма.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB), support(FIBRO_PAGE, 'review', BETTER_ABSORBED_EN)],
  },
  {
    id: 'magnesium-threonate-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-threonate', 'well-absorbed'],
    statement: {
      en: 'Magnesium L-threonate is a good, well-absorbed form.',
      nb: 'Magnesium-L-treonat er en god form som tas godt opp.',
      bg: 'Магнезиевият L-треонат е добра, добре усвоима форма.',
    },
    evidence: [support(MIGRENE_BLOG, 'assertion', GOOD_FORMS_NB)],
  },
  {
    id: 'magnesium-chloride-well-absorbed',
    topic: 'forms',
    concepts: ['magnesium-chloride', 'well-absorbed'],
    statement: {
      en: 'Magnesium chloride is well absorbed.',
      nb: 'Magnesiumklorid tas godt opp.',
      bg: 'Магнезиевият хлорид се усвоява добре.',
    },
    evidence: [
      support(FIBRO_PAGE, 'review', BETTER_ABSORBED_EN),
      support(FIBRO_PAGE, 'assertion', 'Magnesium chloride is well absorbed, although the liquid form has to be kept refrigerated.'),
    ],
  },
  {
    id: 'chelated-magnesium-best-absorbed',
    topic: 'forms',
    concepts: ['chelated-magnesium', 'well-absorbed'],
    statement: {
      en: 'Chelated forms of magnesium are the best absorbed.',
      nb: 'Chelaterte former av magnesium tas best opp.',
      bg: 'Хелатните форми на магнезия се усвояват най-добре.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'assertion',
        'some people instead recommend chelated forms, believing that they are the best absorbed',
        HEDGED,
      ),
      contrast(FIBRO_PAGE, 'assertion', 'surprisingly there are no published studies to back up this claim'),
    ],
  },
];
