import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG, NEURO_ARTICLE } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** What the documents say about migraine itself, and about magnesium deficiency in general. */
export const BACKGROUND_CLAIMS: CuratedClaim[] = [
  {
    id: 'migraine-cause-unknown',
    topic: 'background',
    concepts: ['migraine', 'cause-unknown'],
    statement: {
      en: 'The exact cause of migraine is not known.',
      nb: 'Den nøyaktige årsaken til migrene er ukjent.',
      bg: 'Точната причина за мигрената не е известна.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', 'Vi vet ikke nøyaktig årsaken til at noen får migrene.'),
      support(EPOCH_NEWS, 'assertion', 'While the exact cause of migraines remains unclear'),
      support(NEURO_ARTICLE, 'assertion', 'Макар механизмът на възникване на главоболието да не е напълно изяснен'),
    ],
  },
  {
    id: 'migraine-involves-overexcited-neurons',
    topic: 'background',
    concepts: ['migraine', 'neuronal-excitability'],
    statement: {
      en: 'Migraine involves over-excitable nerve cells in the brain; faulty mitochondria are also discussed.',
      nb: 'Migrene henger sammen med overaktive nerveceller i hjernen; også svikt i mitokondriene diskuteres.',
      bg: 'Мигрената е свързана с повишена възбудимост на нервните клетки в мозъка; обсъжда се и нарушена функция на митохондриите.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'expert-opinion', 'antar forskere at det skyldes genetisk variasjon som gir overaktivering i hjernen', HEDGED),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'най-често се обсъжда наличие на повишена възбудимост на нервните клетки и абнормна функция на митохондриите',
        HEDGED,
      ),
    ],
  },
  {
    id: 'migraine-has-genetic-basis',
    topic: 'background',
    concepts: ['migraine', 'genetics'],
    statement: {
      en: 'Migraine is thought to stem from genetic variants, which may also affect how the body handles magnesium.',
      nb: 'Migrene antas å skyldes genvarianter, som også kan påvirke hvordan kroppen håndterer magnesium.',
      bg: 'Смята се, че мигрената се дължи на генетични варианти, които може да влияят и на това как организмът обработва магнезия.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'expert-opinion', 'antar forskere at det skyldes genetisk variasjon som gir overaktivering i hjernen', HEDGED),
      support(
        MIGRENE_BLOG,
        'expert-opinion',
        'det er sannsynlig at genvariantene personer med migrene har, kan være relatert til magnesiumhåndteringen i kroppen',
        HEDGED,
      ),
      support(MIGRENE_BLOG, 'expert-opinion', 'personer med migrene kanskje skiller ut magnesium raskere enn andre', HEDGED),
    ],
  },
  {
    id: 'blood-vessel-changes-in-migraine',
    topic: 'background',
    concepts: ['blood-vessels', 'migraine'],
    statement: {
      en: 'Narrowing and widening of blood vessels in the brain play a part in migraine.',
      nb: 'Innsnevring og utvidelse av blodårer i hjernen spiller en rolle ved migrene.',
      bg: 'Стесняването и разширяването на кръвоносните съдове в мозъка играят роля при мигрената.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'expert-opinion',
        'Noen forskere lurer på om innsnevring av blodårer medvirker til symptomene under migreneanfall.',
        HEDGED,
      ),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'the spasm and dilation of blood vessels in the brain that are characteristic of migraine headaches',
      ),
    ],
  },
  {
    id: 'serotonin-involved-in-migraine',
    topic: 'background',
    concepts: ['serotonin', 'migraine'],
    statement: {
      en: 'Serotonin plays a part in migraine: it can cause nausea and narrows blood vessels.',
      nb: 'Serotonin spiller en rolle ved migrene: det kan gi kvalme og snevrer inn blodårene.',
      bg: 'Серотонинът играе роля при мигрената: може да предизвика гадене и стеснява кръвоносните съдове.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'serotonin, a neurotransmitter that plays a crucial role in migraine pathology'),
      support(MIGRENE_BLOG, 'mechanism', 'Et fjerde signalstoff heter serotonin, som kan gi kvalme og oppkast.'),
      support(MIGRENE_BLOG, 'mechanism', 'Serotonin gir i tillegg innsnevring av blodårer.'),
    ],
  },
  {
    id: 'glutamate-signalling-disturbed-in-migraine',
    topic: 'background',
    concepts: ['glutamate', 'migraine'],
    statement: {
      en: 'Disturbed glutamate signalling is found in migraine and in other neurological and psychiatric disorders.',
      nb: 'Forstyrret glutamatsignalisering finnes ved migrene og ved andre nevrologiske og psykiatriske sykdommer.',
      bg: 'Нарушена глутаматергична сигнализация се установява при мигрена и при други неврологични и психиатрични заболявания.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'observational',
        'Абнормна глутаматергична невротрансмисия е установена при редица неврологични и психиатрични заболявания, в това число мигрена',
      ),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'В основата и на двете състояния е нарушената глутаматергична, т.е възбудна актовност, на невроните',
      ),
      support(GLYCINATE_PAGE, 'mechanism', 'glutamate, an excitatory neurotransmitter that can contribute to migraine onset', HEDGED),
    ],
  },
  {
    id: 'poor-sleep-triggers-migraine',
    topic: 'background',
    concepts: ['sleep', 'migraine'],
    statement: {
      en: 'Poor sleep is a common migraine trigger, so better sleep can mean fewer attacks.',
      nb: 'Dårlig søvn er en vanlig migreneutløser, så bedre søvn kan gi færre anfall.',
      bg: 'Лошият сън често отключва мигрена, затова по-добрият сън може да означава по-малко пристъпи.',
    },
    evidence: [
      support(
        GLYCINATE_PAGE,
        'assertion',
        'Improved sleep quality can be a powerful tool in reducing migraine frequency, as poor sleep is a common trigger.',
      ),
      support(GLYCINATE_PAGE, 'assertion', 'sleep quality, which is often a significant issue for migraineurs'),
    ],
  },
  {
    id: 'magnesium-deficiency-is-common',
    topic: 'background',
    concepts: ['magnesium-deficiency', 'common'],
    statement: {
      en: 'Magnesium deficiency is very common.',
      nb: 'Magnesiummangel er svært vanlig.',
      bg: 'Дефицитът на магнезий е много разпространен.',
    },
    evidence: [
      // The sentence breaks off in the source ("in the general"): a weak, truncated statement.
      support(FIBRO_PAGE, 'assertion', 'Magnesium deficiency is very common in the general'),
    ],
  },
  {
    id: 'magnesium-deficiency-causes-many-symptoms',
    topic: 'background',
    concepts: ['magnesium-deficiency', 'causes', 'symptoms'],
    statement: {
      en: 'Magnesium deficiency can cause many different symptoms; most are reversible, but a long untreated deficiency can do lasting damage.',
      nb: 'Magnesiummangel kan gi mange ulike symptomer; de fleste går tilbake, men langvarig ubehandlet mangel kan gi varige skader.',
      bg: 'Дефицитът на магнезий може да причини много различни симптоми; повечето са обратими, но дълго нелекуван дефицит може да доведе до трайни увреждания.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'which is why a deficiency can cause many different symptoms'),
      support(
        FIBRO_PAGE,
        'assertion',
        'A long term magnesium deficiency may lead to many other secondary problems that have their own host of symptoms.',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'assertion',
        'While most symptoms which are directly due to a magnesium deficiency are reversible, magnesium deficiency indirectly causes problems that may not be reversible.',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'with an insufficient intake of magnesium the same aluminum load induced an increase in aluminum and calcium concentrations in the nervous system and neurodegeneration',
      ),
      support(
        FIBRO_PAGE,
        'assertion',
        '"nervous consequences of magnesium deficiency" ... "are completely reversible since they can be restored to normal with simple oral physiological magnesium supplementation',
      ),
      support(
        FIBRO_PAGE,
        'assertion',
        'Combined aluminum intoxication with calcium-magnesium deficiencies is not reversible through physiological oral magnesium supplementation.',
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'A magnesium deficiency increases cell membrane permeability, and this condition is believed to lead to a decrease in the intracellular antioxidant system',
        HEDGED,
      ),
      support(FIBRO_PAGE, 'assertion', 'a deficiency has a spiraling effect'),
      support(
        FIBRO_PAGE,
        'assertion',
        'a prolongation of untreated chronic magnesium deficiency can produce irreversible lesions with histological changes',
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        "Low magnesium levels causes metabolic functions to decrease, causing further stress on the body, reducing the body's ability to absorb and retain magnesium.",
      ),
    ],
  },
];
