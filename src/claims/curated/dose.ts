import type { CuratedClaim } from '../schema.ts';
import { FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** How much magnesium to take, how to build up, and what to take it with. */
export const DOSE_CLAIMS: CuratedClaim[] = [
  {
    id: 'migraine-dose-400-mg-in-two-doses',
    topic: 'dose',
    concepts: ['magnesium', 'migraine', 'dose'],
    statement: {
      en: 'For migraine, start with 400 mg of magnesium a day in two doses; the dose can be doubled if that is not enough.',
      nb: 'Ved migrene kan man begynne med 400 mg magnesium daglig fordelt på to doser; dosen kan dobles hvis det ikke er nok.',
      bg: 'При мигрена се започва с 400 mg магнезий дневно, разделени на два приема; дозата може да се удвои, ако това не е достатъчно.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'expert-opinion', 'Til å begynne med anbefaler de å ta 400 mg daglig fordelt på to doser'),
      support(MIGRENE_BLOG, 'expert-opinion', 'man kan godt doble dette dersom 400 mg ikke er tilstrekkelig'),
    ],
  },
  {
    id: 'magnesium-rda-is-400-mg',
    topic: 'dose',
    concepts: ['magnesium', 'rda'],
    statement: {
      en: 'The recommended daily allowance (RDA) of magnesium is 400 mg, which many consider too low.',
      nb: 'Anbefalt daglig inntak av magnesium er 400 mg, noe mange mener er for lite.',
      bg: 'Препоръчителният дневен прием на магнезий е 400 mg, което според мнозина е твърде малко.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'The RDA for magnesium is 400mg.'),
      support(FIBRO_PAGE, 'assertion', 'The RDA is 400mg, but many people believe this is too low.', HEDGED),
      support(
        FIBRO_PAGE,
        'anecdote',
        'If this amount helps any of your symptoms, then you may be helped by taking more than that.',
        HEDGED,
      ),
      support(FIBRO_PAGE, 'anecdote', 'slowly increased the dose to about 225% the RDA'),
    ],
  },
  {
    id: 'start-low-and-increase-slowly',
    topic: 'dose',
    concepts: ['magnesium', 'dose'],
    statement: {
      en: 'Start with a low dose of magnesium and increase it slowly; small doses spread over the day are absorbed better.',
      nb: 'Begynn med en lav dose magnesium og øk den gradvis; små doser fordelt over dagen tas bedre opp.',
      bg: 'Започнете с ниска доза магнезий и я увеличавайте постепенно; малките дози, разпределени през деня, се усвояват по-добре.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', "It's advisable to begin with a smaller intake and gradually adjust"),
      support(
        FIBRO_PAGE,
        'assertion',
        'looking for a form that allows to you start with a low amount, and then slowly increase that dose',
      ),
      support(FIBRO_PAGE, 'assertion', 'which is why you should only slowly increase the dose'),
      support(
        FIBRO_PAGE,
        'anecdote',
        'you can absorb more magnesium, if you take it in small doses, such as some with each meal',
      ),
    ],
  },
  {
    id: 'take-magnesium-with-calcium',
    topic: 'dose',
    concepts: ['magnesium', 'calcium', 'supplement'],
    statement: {
      en: "Take magnesium together with calcium, in a ratio nearer 1:1 than the traditional 2:1; calcium also offsets magnesium's laxative effect.",
      nb: 'Ta magnesium sammen med kalsium, i et forhold nærmere 1:1 enn det tradisjonelle 2:1; kalsium demper også den avførende virkningen av magnesium.',
      bg: 'Приемайте магнезий заедно с калций в съотношение по-близо до 1:1, отколкото традиционното 2:1; калцият смекчава и слабителното действие на магнезия.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'assertion',
        'Taking magnesium with calcium is often suggested, because the 2 minerals work together in buildling bones.',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'assertion',
        "Traditionally, it's been recommended to take calcium and magnesium in a ratio of 2/1, as that is the ratio of the RDA of calcium and magnesium.",
      ),
      support(FIBRO_PAGE, 'expert-opinion', 'many doctors believe the ratio should be closer to 1/1', HEDGED),
      support(
        FIBRO_PAGE,
        'assertion',
        "Traditionally, it's been recommended to take calcium and magnesium in a ratio of 2/1. But magnesium is less easily absorbed than calcium",
      ),
      support(FIBRO_PAGE, 'assertion', 'so this ratio may not be valid for a lot of people', HEDGED),
      support(
        FIBRO_PAGE,
        'assertion',
        'calcium (especially calcium carbonate) can offset some of the laxative effect from the magnesium',
        HEDGED,
      ),
    ],
  },
];
