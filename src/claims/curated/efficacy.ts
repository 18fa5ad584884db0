import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG, NEURO_ARTICLE } from '../sources.ts';
import { HEDGED, contrast, support } from './helpers.ts';

/** Does magnesium help against migraine and headache, for whom, and how well is that known. */
export const EFFICACY_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-role-in-migraine',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'linked-to'],
    statement: {
      en: 'Magnesium plays a role in how migraine arises.',
      nb: 'Magnesium spiller en rolle i hvordan migrene oppstår.',
      bg: 'Магнезият играе роля във възникването на мигрената.',
    },
    evidence: [
      support(EPOCH_NEWS, 'assertion', 'Magnesium plays a pivotal role in the development and progression of both migraines'),
      support(MIGRENE_BLOG, 'mechanism', 'Siden magnesium påvirker så mange av de underliggende årsakene til migreneanfall'),
      support(GLYCINATE_PAGE, 'mechanism', "The proposed link centers on magnesium's role in neuronal health and regulation.", HEDGED),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'тъй като той има отношение както към възбудимостта на невроните, така и към митохондриалната функция',
      ),
    ],
  },
  {
    id: 'low-magnesium-linked-to-migraine',
    topic: 'efficacy',
    concepts: ['magnesium-deficiency', 'migraine'],
    statement: {
      en: 'People with migraine often have low magnesium, including less magnesium in the brain and cerebrospinal fluid.',
      nb: 'Personer med migrene har ofte lite magnesium, også mindre magnesium i hjernen og ryggmargsvæsken.',
      bg: 'Хората с мигрена често имат ниски нива на магнезий, включително по-малко магнезий в мозъка и в цереброспиналната течност.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'The Connection Between Magnesium Deficiency and Migraines'),
      support(GLYCINATE_PAGE, 'observational', 'A deficiency in this mineral has been observed in many individuals who experience migraines.'),
      support(EPOCH_NEWS, 'observational', 'Low magnesium levels have consistently been linked to migraines'),
      support(
        MIGRENE_BLOG,
        'observational',
        'Det er funnet at hjernen og cerebrospinalvæsken (væske i hjernen) hos pasienter med migrene, har mindre magnesium enn vanlig.',
      ),
      support(
        FIBRO_PAGE,
        'observational',
        "Migraine headaches, mitral valve prolapse, and Raynaud's phenomenon, all problems commonly found in people with fibromyalgia, are also problems that have been associated with a magnesium deficiency.",
      ),
    ],
  },
  {
    id: 'migraine-as-magnesium-deficiency-disease',
    topic: 'efficacy',
    concepts: ['magnesium-deficiency', 'migraine', 'causes'],
    statement: {
      en: 'Migraine can be regarded as a magnesium-deficiency disease: too little magnesium sets off the attacks.',
      nb: 'Migrene kan betraktes som en magnesiummangelsykdom: for lite magnesium utløser anfallene.',
      bg: 'Мигрената може да се разглежда като болест на магнезиевия дефицит: недостигът на магнезий отключва пристъпите.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'expert-opinion',
        'mener forskerne som skrev oversiktsartikkelen at migrene kan anses som en magnesiummangel-sykdom',
        HEDGED,
      ),
      support(
        GLYCINATE_PAGE,
        'mechanism',
        'Low levels can lead to a state of heightened neuronal excitability, increased sensitivity to triggers, and a tendency for cerebral vasoconstriction followed by rebound dilation, a pattern linked to migraine attacks.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-reduces-migraine-frequency',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'reduces-frequency'],
    statement: {
      en: 'Magnesium makes migraine attacks less frequent or less severe.',
      nb: 'Magnesium gjør migreneanfall sjeldnere eller mildere.',
      bg: 'Магнезият прави мигренозните пристъпи по-редки или по-леки.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'review',
        'some studies suggest that supplementation may help reduce the frequency or severity of attacks',
        HEDGED,
      ),
      support(
        GLYCINATE_PAGE,
        'mechanism',
        'Replenishing magnesium stores is thought to restore balance and reduce the frequency and severity of these painful episodes.',
        HEDGED,
      ),
      support(
        GLYCINATE_PAGE,
        'anecdote',
        'many people report significant reductions in migraine frequency and intensity with consistent supplementation',
      ),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'could lead to a noticeable reduction in the frequency and severity of migraine attacks',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-prevents-migraine',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'prevention'],
    statement: {
      en: 'Magnesium supplements work as a preventive treatment for migraine.',
      nb: 'Magnesiumtilskudd virker som forebyggende behandling mot migrene.',
      bg: 'Магнезиевите добавки действат като профилактично лечение на мигрена.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'review', 'a significant body of research supports magnesium supplementation for migraine prophylaxis'),
      support(
        GLYCINATE_PAGE,
        'expert-opinion',
        'Organizations such as the American Migraine Foundation acknowledge magnesium as a potential preventive treatment.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-relieves-migraine',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'relief'],
    statement: {
      en: 'Magnesium can relieve migraine.',
      nb: 'Magnesium kan lindre migrene.',
      bg: 'Магнезият може да облекчи мигрената.',
    },
    evidence: [
      support(EPOCH_NEWS, 'assertion', 'Magnesium Could Relieve Fibromyalgia and Migraines', HEDGED),
      support(
        EPOCH_NEWS,
        'anecdote',
        '“I’ve seen great results with magnesium in cases of fibromyalgia, fatigue-pain syndromes, migraines, tension headaches, and more,” Duval said.',
      ),
      support(
        NEURO_ARTICLE,
        'expert-opinion',
        'Поради тази причина магнезият се обсъжда като възможен терапевтичен вариант за това заболяване',
        HEDGED,
      ),
    ],
  },
  {
    id: 'all-migraine-patients-should-take-magnesium',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'recommendation', 'everyone-with-condition'],
    statement: {
      en: 'Everyone with migraine should take a magnesium supplement.',
      nb: 'Alle som har migrene, bør ta magnesiumtilskudd.',
      bg: 'Всички хора с мигрена трябва да приемат магнезиеви добавки.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'review',
        'Bør alle som lider av migrene ta magnesiumtilskudd? Det er konklusjonen i en oversiktsartikkel fra 2012',
      ),
      support(MIGRENE_BLOG, 'expert-opinion', 'De mener derfor at alle migrenepasienter bør ta magnesiumtilskudd', HEDGED),
      contrast(MIGRENE_BLOG, 'expert-opinion', 'som for øvrig ble kritisert av to forskere i et tilsvar'),
      contrast(MIGRENE_BLOG, 'assertion', 'til tross for at det ikke er gjort store studier på migrene'),
    ],
  },
  {
    id: 'no-large-studies-on-magnesium-for-migraine',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'no-evidence'],
    statement: {
      en: 'There are no large, definitive studies of magnesium for migraine yet, only small ones.',
      nb: 'Det finnes ennå ingen store, avgjørende studier av magnesium mot migrene, bare små.',
      bg: 'Все още няма големи, категорични проучвания на магнезия при мигрена, а само малки.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'assertion', 'til tross for at det ikke er gjort store studier på migrene'),
      support(MIGRENE_BLOG, 'review', 'Flere små studier er gjort på magnesium, og blir gått gjennom i denne artikkelen.'),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'large-scale, definitive studies specifically on magnesium glycinate and migraines are still emerging',
      ),
    ],
  },
  {
    id: 'negative-migraine-studies-used-poorly-absorbed-forms',
    topic: 'efficacy',
    concepts: ['magnesium', 'migraine', 'clinical-trial', 'poorly-absorbed'],
    statement: {
      en: 'Migraine studies that found no effect of magnesium often used poorly absorbed forms, which caused diarrhoea.',
      nb: 'Migrenestudier som ikke fant effekt av magnesium, brukte ofte former som tas dårlig opp, og som ga diaré.',
      bg: 'Проучванията при мигрена, които не откриват ефект от магнезия, често са използвали слабо усвоими форми, които причиняват диария.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'review',
        'De som ikke har funnet effekt, har ofte brukt magnesiumtilskudd som tas dårlig opp i tarmen og dermed gitt løs avføring eller diaré som bivirkning.',
      ),
    ],
  },
  {
    id: 'low-magnesium-patients-benefit-more',
    topic: 'efficacy',
    concepts: ['magnesium-deficiency', 'supplement', 'migraine'],
    statement: {
      en: 'Migraine patients with low magnesium benefit more from magnesium supplements than those with normal levels.',
      nb: 'Migrenepasienter med lavt magnesiumnivå har mer nytte av magnesiumtilskudd enn de med normale nivåer.',
      bg: 'Пациентите с мигрена и нисък магнезий имат по-голяма полза от магнезиевите добавки от тези с нормални нива.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'review',
        'Studiene som har undersøkt magnesiuminnhold i blodet og funnet hvilke pasienter som har lave magnesiumverdier, har også vist bedre resultater.',
      ),
      support(
        MIGRENE_BLOG,
        'assertion',
        'de som har lave verdier har bedre effekt av magnesiumtilskudd enn de som ikke har så lave verdier',
      ),
    ],
  },
  {
    id: 'magnesium-glycinate-helps-migraine',
    topic: 'efficacy',
    concepts: ['magnesium-glycinate', 'migraine'],
    statement: {
      en: 'Magnesium glycinate helps against migraine and is a good choice for preventing it.',
      nb: 'Magnesiumglysinat hjelper mot migrene og er et godt valg for å forebygge den.',
      bg: 'Магнезиевият глицинат помага при мигрена и е добър избор за профилактиката ѝ.',
    },
    evidence: [
      support(
        GLYCINATE_PAGE,
        'assertion',
        'The question, "does magnesium glycinate help with migraines?" can be answered with a qualified yes for many individuals.',
        HEDGED,
      ),
      support(GLYCINATE_PAGE, 'assertion', 'makes it a potent tool for migraine prevention'),
      support(GLYCINATE_PAGE, 'assertion', 'How Magnesium Glycinate Works to Help Reduce Migraines'),
      support(GLYCINATE_PAGE, 'assertion', 'The therapeutic effect of magnesium glycinate on migraines is multifaceted.'),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'The high absorption rate and the added calming effect make magnesium glycinate an appealing option for those seeking a natural approach to migraine management.',
      ),
    ],
  },
  {
    id: 'magnesium-helps-tension-headache',
    topic: 'efficacy',
    concepts: ['magnesium', 'tension-headache', 'relief'],
    statement: {
      en: 'Magnesium helps against tension-type headache.',
      nb: 'Magnesium hjelper mot spenningshodepine.',
      bg: 'Магнезият помага при тензионно главоболие.',
    },
    evidence: [
      support(EPOCH_NEWS, 'anecdote', 'I’ve seen great results with magnesium in cases of fibromyalgia, fatigue-pain syndromes, migraines, tension headaches'),
      support(
        EPOCH_NEWS,
        'assertion',
        'Magnesium plays a pivotal role in the development and progression of both migraines and tension-type headaches.',
      ),
    ],
  },
  {
    id: 'magnesium-is-not-a-cure',
    topic: 'efficacy',
    concepts: ['magnesium', 'cure'],
    statement: {
      en: 'Magnesium is not a cure: it can ease symptoms, but on its own it does not cure migraine or fibromyalgia.',
      nb: 'Magnesium er ingen kur: det kan lindre symptomer, men alene helbreder det verken migrene eller fibromyalgi.',
      bg: 'Магнезият не излекува: може да облекчи симптомите, но сам по себе си не премахва нито мигрената, нито фибромиалгията.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'While not a cure, incorporating magnesium glycinate into a daily routine'),
      support(FIBRO_PAGE, 'assertion', "It's not a cure, but it may be helpful in relieving some of the symptoms.", HEDGED),
      support(FIBRO_PAGE, 'assertion', 'It, by itself, cannot effectively treat it.'),
    ],
  },
  {
    id: 'magnesium-takes-weeks-to-work',
    topic: 'efficacy',
    concepts: ['magnesium', 'takes-time'],
    statement: {
      en: 'Magnesium takes weeks or months of regular use before its benefits show.',
      nb: 'Det tar uker eller måneder med jevnlig bruk før magnesium gir merkbar effekt.',
      bg: 'Нужни са седмици или месеци редовен прием, преди ползите от магнезия да се проявят.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'benefits may not be apparent for several weeks or even months', HEDGED),
      support(
        FIBRO_PAGE,
        'assertion',
        'it may take long term use of supplements before magnesium levels are raised in all the tissues',
        HEDGED,
      ),
    ],
  },
];
