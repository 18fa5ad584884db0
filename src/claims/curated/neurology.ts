import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, NEURO_ARTICLE } from '../sources.ts';
import { HEDGED, contrast, support } from './helpers.ts';

/** 004 blames low magnesium for both the neurological and the psychiatric side of these conditions. */
const LOW_MAGNESIUM_PSYCHIATRIC_BG =
  'И тук ниското ниво на магнезият се свързва като допринасящ фактор от една страна за неврологичното заболяване, а от друга, за съпътстващата психиатрична компонента';

/** Pain, mood, epilepsy, eclampsia, Parkinson's and Alzheimer's. */
export const NEUROLOGY_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-relieves-pain',
    topic: 'related-conditions',
    concepts: ['magnesium', 'pain', 'relief'],
    statement: {
      en: 'Magnesium helps relieve pain, including chronic pain.',
      nb: 'Magnesium bidrar til å lindre smerte, også kroniske smerter.',
      bg: 'Магнезият помага за облекчаване на болката, включително на хроничната болка.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'assertion',
        'Fibromyalgia and headaches are just two of the many conditions for which magnesium’s potential role in pain relief is being studied.',
        HEDGED,
      ),
      support(EPOCH_NEWS, 'assertion', 'Magnesium is emerging as a promising solution for chronic pain'),
      support(EPOCH_NEWS, 'expert-opinion', 'Magnesium is a powerful modulator of both pain and inflammation'),
      support(
        EPOCH_NEWS,
        'expert-opinion',
        'It is a foundational nutrient—without it, other pain therapies often don’t work as effectively, she added.',
      ),
      support(
        EPOCH_NEWS,
        'expert-opinion',
        'Magnesium’s role in reducing pain perception could also be linked to its ability to regulate muscle contraction',
        HEDGED,
      ),
      support(
        NEURO_ARTICLE,
        'expert-opinion',
        'Смята се, че магнезият може да има отношение към повлияване на хроничния болков синдром',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-and-anxiety',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'anxiety'],
    statement: {
      en: 'Low magnesium is linked to anxiety.',
      nb: 'Lite magnesium henger sammen med angst.',
      bg: 'Ниският магнезий е свързан с тревожността.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'observational',
        'magnesium deficiency appears to associated with anxiety and high levels of adrenaline',
        HEDGED,
      ),
      support(NEURO_ARTICLE, 'observational', LOW_MAGNESIUM_PSYCHIATRIC_BG),
    ],
  },
  {
    id: 'magnesium-and-depression',
    topic: 'related-conditions',
    concepts: ['magnesium', 'depression'],
    statement: {
      en: "Low magnesium contributes to depression; magnesium's role in treating it deserves more research.",
      nb: 'Lite magnesium bidrar til depresjon; hvilken rolle magnesium kan ha i behandlingen, fortjener mer forskning.',
      bg: 'Ниският магнезий допринася за депресията; ролята на магнезия в лечението ѝ заслужава допълнителни проучвания.',
    },
    evidence: [
      support(NEURO_ARTICLE, 'observational', LOW_MAGNESIUM_PSYCHIATRIC_BG),
      support(NEURO_ARTICLE, 'assertion', 'неговата роля в терапията на тези заболявания заслужава допълнителни проучвания'),
    ],
  },
  {
    id: 'low-magnesium-causes-seizures',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'epilepsy'],
    statement: {
      en: 'Low blood magnesium is a proven risk factor for epileptic seizures in children and adults.',
      nb: 'Lavt magnesium i blodet er en påvist risikofaktor for epileptiske anfall hos barn og voksne.',
      bg: 'Хипомагнезиемията е доказан рисков фактор за епилептични припадъци при деца и възрастни.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'observational',
        'Хипомагнезиемията е доказан рисков фактор за поява на епилептичен припадък както в детска, така и в зряла възраст.',
      ),
    ],
  },
  {
    id: 'magnesium-supplements-help-epilepsy',
    topic: 'related-conditions',
    concepts: ['magnesium', 'epilepsy', 'relief'],
    statement: {
      en: 'Magnesium supplements help against epileptic seizures.',
      nb: 'Magnesiumtilskudd hjelper mot epileptiske anfall.',
      bg: 'Магнезиевите добавки помагат срещу епилептичните припадъци.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'assertion',
        'Приемът на хранителни добавки, съдържащи магнезий има доказан положителен ефект в тази насока.',
      ),
      // The same article then says only one randomised trial exists, and on infantile spasms only.
      contrast(
        NEURO_ARTICLE,
        'review',
        'По отношение на магнезия като терапевтична опция е проведено само едно рандомизирано клинично проучване',
      ),
    ],
  },
  {
    id: 'magnesium-for-eclampsia',
    topic: 'related-conditions',
    concepts: ['magnesium', 'eclampsia'],
    statement: {
      en: 'Magnesium is used against eclampsia and pre-eclampsia, where it has a proven benefit.',
      nb: 'Magnesium brukes mot eklampsi og preeklampsi, der det har påvist nytte.',
      bg: 'Магнезият се прилага при еклампсия и прееклампсия, където има доказан положителен ефект.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'assertion',
        'прееклампсията и еклампсията, при които също е установен положителен ефект от суплементацията с магнезий',
      ),
      support(EPOCH_NEWS, 'assertion', 'used in more urgent or severe cases—such as eclampsia, arrhythmias'),
    ],
  },
  {
    id: 'magnesium-add-on-for-infantile-spasms',
    topic: 'related-conditions',
    concepts: ['magnesium', 'infantile-spasms'],
    statement: {
      en: 'Adding magnesium to the standard treatment of infantile spasms gave better results in a randomised trial.',
      nb: 'Å legge magnesium til standardbehandlingen av infantile spasmer ga bedre resultater i en randomisert studie.',
      bg: 'Добавянето на магнезий към стандартното лечение на инфантилните спазми дава по-добър резултат в рандомизирано проучване.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'trial',
        'фокусиращо се върху инфантилните спазми и показващо по-добър ефект от лечението, когато е в комбинация с магнезиеви добавки',
      ),
    ],
  },
  {
    id: 'magnesium-in-parkinsons-disease',
    topic: 'related-conditions',
    concepts: ['magnesium', 'parkinsons'],
    statement: {
      en: "Magnesium levels are altered in Parkinson's disease, lower in several brain regions, but the results are not conclusive.",
      nb: 'Magnesiumnivåene er endret ved Parkinsons sykdom, lavere i flere hjerneområder, men resultatene er ikke entydige.',
      bg: 'Нивата на магнезий при болестта на Паркинсон са променени, по-ниски в няколко мозъчни области, но резултатите не са категорични.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'review',
        'Ролята на магнезия е обект на проучване в тази насока, като резултатите не са категорични на този етап.',
        HEDGED,
      ),
      support(
        NEURO_ARTICLE,
        'observational',
        'Резултатите от по-стари проучвания показват по-ниски нива на магнезий в кората на мозъка, бялото мозъчно вещество, базалните ганглии, опашатото ядро и мозъчни ствол',
      ),
      support(
        NEURO_ARTICLE,
        'observational',
        'Установени са по-високи нива на магнезий при пациентите в началото на заболяването в сравнение с тези с продължителност на заболяването над 8 години.',
      ),
      support(NEURO_ARTICLE, 'assertion', 'Необходими са още изследвания в тази насока.'),
    ],
  },
  {
    id: 'low-magnesium-in-alzheimers',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'alzheimers'],
    statement: {
      en: "People with Alzheimer's disease have lower magnesium in blood, cerebrospinal fluid, hair and the hippocampus.",
      nb: 'Personer med Alzheimers sykdom har lavere magnesium i blod, ryggmargsvæske, hår og hippocampus.',
      bg: 'Хората с болест на Алцхаймер имат по-ниски нива на магнезий в кръвта, цереброспиналната течност, косата и хипокампуса.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'observational',
        'Изследвания показват значително намаление на нивата на йонизиран магнезий, както и на магнезия в плазмата, цереброспиналната течност, косата, червените кръвни клетки',
      ),
      support(NEURO_ARTICLE, 'observational', 'По-ниски нива се откриват и в специфичен участък от мозъка, известен като хипокампус'),
    ],
  },
  {
    id: 'magnesium-possible-alzheimers-treatment',
    topic: 'related-conditions',
    concepts: ['magnesium', 'alzheimers', 'relief'],
    statement: {
      en: "Magnesium could be considered as a possible treatment for Alzheimer's disease.",
      nb: 'Magnesium kan vurderes som en mulig behandling av Alzheimers sykdom.',
      bg: 'Магнезият би могъл да се разглежда като възможно средство за лечение на болестта на Алцхаймер.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'expert-opinion',
        'което би могло да послужи като отправна точка за разглеждане на магнезия като възможно терапевтично средство',
        HEDGED,
      ),
    ],
  },
];
