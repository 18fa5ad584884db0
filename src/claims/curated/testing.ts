import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, MIGRENE_BLOG } from '../sources.ts';
import { support } from './helpers.ts';

/** How magnesium status is measured, and what the tests miss. */
export const TESTING_CLAIMS: CuratedClaim[] = [
  {
    id: 'serum-test-misses-deficiency',
    topic: 'testing',
    concepts: ['magnesium', 'serum-test'],
    statement: {
      en: "The usual serum blood test sees under 1% of the body's magnesium, so a normal result does not rule out a deficiency.",
      nb: 'Den vanlige serumprøven fanger under 1 % av kroppens magnesium, så et normalt svar utelukker ikke mangel.',
      bg: 'Обичайният серумен кръвен тест обхваща под 1% от магнезия в организма, затова нормалният резултат не изключва дефицит.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', 'Den vanlige blodprøven for å måle magnesium er en serumblodprøve.'),
      support(MIGRENE_BLOG, 'assertion', 'Magnesiuminnholdet i serum er ganske så stabilt.'),
      support(MIGRENE_BLOG, 'assertion', 'Bare ved betydelig mangel får man lave magnesiumverdier i serum.'),
      support(MIGRENE_BLOG, 'assertion', 'Under 1 % av magnesiuminnholdet i kroppen finnes i serum'),
      support(
        FIBRO_PAGE,
        'assertion',
        'magnesium deficiency is not easily detected, as serum levels do not reflect the levels of magnesium in tissues',
      ),
      support(EPOCH_NEWS, 'assertion', 'Magnesium blood levels are typically tested through a serum magnesium test'),
      support(
        EPOCH_NEWS,
        'assertion',
        'a normal serum level doesn’t necessarily rule out magnesium deficiency in tissues',
      ),
    ],
  },
  {
    id: 'cell-and-whole-blood-tests-more-sensitive',
    topic: 'testing',
    concepts: ['magnesium', 'intracellular-test'],
    statement: {
      en: 'Measuring magnesium in whole blood or inside cells is more sensitive than a serum test.',
      nb: 'Måling av magnesium i helblod eller inne i cellene er mer følsom enn en serumprøve.',
      bg: 'Измерването на магнезия в цяла кръв или вътре в клетките е по-чувствително от серумния тест.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'assertion',
        'Det går an å måle magnesium i helblod og inne i cellene, som er mer følsomme for å måle magnesiumverdien i kroppen.',
      ),
    ],
  },
  {
    id: 'urine-and-hair-tests-for-magnesium',
    topic: 'testing',
    concepts: ['magnesium', 'urine-test'],
    statement: {
      en: 'Magnesium status can also be assessed with a 24-hour urine test or, less commonly, hair analysis.',
      nb: 'Magnesiumstatus kan også måles med en døgnurinprøve eller, sjeldnere, håranalyse.',
      bg: 'Магнезиевият статус може да се оцени и чрез 24-часово изследване на урината или, по-рядко, чрез анализ на косата.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', 'Magnesiumutskillelsen kan også måles ved å måle utskillelsen i urinen gjennom et døgn.'),
      support(
        EPOCH_NEWS,
        'assertion',
        'In some cases, hair analysis or urine tests can be used to assess magnesium status, though these methods are less common.',
      ),
    ],
  },
];
