import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, MIGRENE_BLOG } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** Magnesium in the diet: sources, intake, and what helps or hinders absorption from food. */
export const FOOD_CLAIMS: CuratedClaim[] = [
  {
    id: 'dietary-magnesium-intake-has-fallen',
    topic: 'foods',
    concepts: ['magnesium', 'diet', 'reduces'],
    statement: {
      en: 'Dietary magnesium intake has fallen from about 500 mg a day a century ago to about 200 mg today (US figures).',
      nb: 'Inntaket av magnesium gjennom kosten har falt fra rundt 500 mg daglig for hundre år siden til rundt 200 mg i dag (amerikanske tall).',
      bg: 'Приемът на магнезий с храната е спаднал от около 500 mg дневно преди век до около 200 mg днес (данни от САЩ).',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'observational',
        'Innholdet av magnesium i kostholdet har gått fra 500 mg daglig for cirka 100 år siden, til å være rundt eller litt under 200 mg daglig i dag.',
      ),
    ],
  },
  {
    id: 'magnesium-rich-foods',
    topic: 'foods',
    concepts: ['magnesium-rich-foods', 'magnesium'],
    statement: {
      en: 'Pumpkin seeds, leafy greens, avocados, cashews and dark chocolate are good food sources of magnesium.',
      nb: 'Gresskarkjerner, grønne bladgrønnsaker, avokado, cashewnøtter og mørk sjokolade er gode kilder til magnesium.',
      bg: 'Тиквените семки, зелените листни зеленчуци, авокадото, кашуто и черният шоколад са добри хранителни източници на магнезий.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'expert-opinion',
        'Duval recommends several magnesium-rich foods for patients managing chronic pain, including:- Pumpkin seeds',
      ),
    ],
  },
  {
    id: 'diet-affects-magnesium-absorption',
    topic: 'foods',
    concepts: ['magnesium', 'diet', 'absorption'],
    statement: {
      en: 'Diet and digestion affect magnesium absorption: it is often absorbed better with food, while excess fructose, phosphate or gut conditions such as IBS can hinder it.',
      nb: 'Kosthold og fordøyelse påvirker opptaket av magnesium: det tas ofte bedre opp sammen med mat, mens mye fruktose eller fosfat og tarmplager som IBS kan hemme det.',
      bg: 'Храната и храносмилането влияят на усвояването на магнезия: той често се усвоява по-добре с храна, а излишъкът от фруктоза или фосфати и чревни проблеми като синдрома на раздразненото черво могат да го затруднят.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'Digestion and diet play a key role in absorption.'),
      support(FIBRO_PAGE, 'assertion', 'Magnesium is often better absorbed when taken with food.'),
      support(
        FIBRO_PAGE,
        'assertion',
        'Excess amounts of certain substances, such as fructose, may interfere with magnesium absorption.',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        "Phosphate can bind to magnesium in the gut, creating magnesium phosphate, an insoluble salt that can't be utilized.",
      ),
      support(
        FIBRO_PAGE,
        'observational',
        'People with fibromyalgia often have conditions like Irritable Bowel Syndrome, gluten intolerance, or other problems that might limit absorption.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'phytic-acid-binds-magnesium',
    topic: 'foods',
    concepts: ['magnesium', 'phytic-acid'],
    statement: {
      en: 'Phytic acid in foods such as whole wheat may bind magnesium, so avoid taking magnesium with such foods.',
      nb: 'Fytinsyre i mat som sammalt hvete kan binde magnesium, så unngå å ta magnesium sammen med slik mat.',
      bg: 'Фитиновата киселина в храни като пълнозърнестата пшеница може да свързва магнезия, затова избягвайте да го приемате с такива храни.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'assertion',
        'avoid taking magnesium with foods that are high in phytic acid, such as whole wheat, as this might bind to the magnesium',
        HEDGED,
      ),
    ],
  },
  {
    id: 'alcohol-lowers-magnesium',
    topic: 'foods',
    concepts: ['magnesium', 'alcohol'],
    statement: {
      en: 'Alcohol lowers magnesium levels.',
      nb: 'Alkohol senker magnesiumnivået.',
      bg: 'Алкохолът понижава нивото на магнезий.',
    },
    evidence: [support(FIBRO_PAGE, 'assertion', 'alcohol is known for decreasing magnesium levels')],
  },
];
