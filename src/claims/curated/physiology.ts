import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, NEURO_ARTICLE } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** What magnesium does in the body at large: nerves, muscles, energy, hormones, bones, vitamins. */
export const PHYSIOLOGY_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-needed-for-nerve-function',
    topic: 'mechanism',
    concepts: ['magnesium', 'nerve-function'],
    statement: {
      en: 'Magnesium is needed for normal nerve function and the transmission of nerve impulses.',
      nb: 'Magnesium er nødvendig for normal nervefunksjon og overføring av nerveimpulser.',
      bg: 'Магнезият е необходим за нормалната функция на нервите и предаването на нервните импулси.',
    },
    evidence: [
      support(
        GLYCINATE_PAGE,
        'mechanism',
        'Magnesium is a vital mineral that plays a role in hundreds of bodily processes, including nerve function, muscle contraction, and blood vessel tone.',
      ),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'магнезият играе важна роля в оптималното предаване на нервните импулси, в нервномускулната координация',
      ),
      support(FIBRO_PAGE, 'mechanism', "magnesium's ability to regulate nerve functions"),
    ],
  },
  {
    id: 'magnesium-needed-for-muscle-function',
    topic: 'mechanism',
    concepts: ['magnesium', 'muscle-function'],
    statement: {
      en: 'Magnesium is needed for normal muscle function: calcium makes muscles contract and magnesium lets them relax.',
      nb: 'Magnesium trengs for normal muskelfunksjon: kalsium får musklene til å trekke seg sammen, og magnesium får dem til å slappe av.',
      bg: 'Магнезият е необходим за нормалната работа на мускулите: калцият ги кара да се съкращават, а магнезият – да се отпускат.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'including nerve function, muscle contraction, and blood vessel tone'),
      support(FIBRO_PAGE, 'mechanism', 'Adequate magnesium is necessary for proper muscle functioning.'),
      support(FIBRO_PAGE, 'mechanism', 'calcium controls contraction, while magnesium controls relaxation'),
      support(EPOCH_NEWS, 'expert-opinion', 'its ability to regulate muscle contraction and protect cartilage from degradation'),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'Той е есенциален елемент в регулацията на мускулното съкращение (включително това на сърцето)',
      ),
    ],
  },
  {
    id: 'magnesium-enzyme-cofactor',
    topic: 'mechanism',
    concepts: ['magnesium', 'enzymes'],
    statement: {
      en: 'Magnesium takes part in hundreds of processes in the body as a cofactor for more than 300 enzymes.',
      nb: 'Magnesium deltar i hundrevis av prosesser i kroppen som kofaktor for over 300 enzymer.',
      bg: 'Магнезият участва в стотици процеси в организма като кофактор на над 300 ензима.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'Magnesium is a vital mineral that plays a role in hundreds of bodily processes'),
      support(
        FIBRO_PAGE,
        'mechanism',
        'magnesium is also the activating mineral for at least 350 different enzymes in the body, more than any other mineral',
      ),
      support(NEURO_ARTICLE, 'mechanism', 'включително като кофактор в над 300 ензимни реакции'),
    ],
  },
  {
    id: 'magnesium-needed-for-atp',
    topic: 'mechanism',
    concepts: ['magnesium', 'atp'],
    statement: {
      en: "Magnesium is needed to make and stabilise ATP, the cells' energy carrier.",
      nb: 'Magnesium trengs for å danne og stabilisere ATP, cellenes energibærer.',
      bg: 'Магнезият е необходим за образуването и стабилността на АТФ – енергийния носител на клетките.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'mechanism',
        'Magnesium is necessary for almost all the enzymes that allow the glycolytic and Krebs cycles to turn the sugar and fat we eat into ATP.',
      ),
      support(FIBRO_PAGE, 'mechanism', 'ATP requires magnesium in order to be stable.'),
      support(FIBRO_PAGE, 'mechanism', 'Without magnesium, ATP would easily break down into other components'),
      support(
        FIBRO_PAGE,
        'mechanism',
        'ATP is stored in the body as a combination of magnesium and ATP, which is known as MgATP',
      ),
    ],
  },
  {
    id: 'magnesium-supports-mitochondria',
    topic: 'mechanism',
    concepts: ['magnesium', 'mitochondria'],
    statement: {
      en: "Magnesium is needed for healthy mitochondria, the cells' power plants; a deficiency can damage them.",
      nb: 'Magnesium trengs for velfungerende mitokondrier, cellenes kraftverk; mangel kan skade dem.',
      bg: 'Магнезият е необходим за нормалната работа на митохондриите – енергийните централи на клетките; дефицитът може да ги увреди.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'mechanism',
        'той има отношение както към възбудимостта на невроните, така и към митохондриалната функция',
      ),
      support(FIBRO_PAGE, 'mechanism', 'the effects of a magnesium deficiency on cell disturbances and mitochondria damage'),
    ],
  },
  {
    id: 'magnesium-regulates-noradrenaline',
    topic: 'mechanism',
    concepts: ['magnesium', 'noradrenaline'],
    statement: {
      en: 'Magnesium helps regulate noradrenaline: low magnesium goes with high noradrenaline, and supplements have lowered it and improved exercise tolerance.',
      nb: 'Magnesium bidrar til å regulere noradrenalin: lite magnesium henger sammen med høyt noradrenalin, og tilskudd har senket nivået og bedret toleransen for fysisk aktivitet.',
      bg: 'Магнезият помага за регулирането на норадреналина: ниският магнезий върви с висок норадреналин, а добавките са го понижавали и са подобрявали поносимостта към физическо натоварване.',
    },
    evidence: [
      support(FIBRO_PAGE, 'mechanism', 'magnesium appears to play a role in regulating noradrenaline levels', HEDGED),
      support(
        FIBRO_PAGE,
        'mechanism',
        'genetically bred mice with low magnesium levels have also been found to have high noradrenaline levels',
      ),
      support(
        FIBRO_PAGE,
        'observational',
        'there appears to be a strong link between high noradrenaline levels, and low magnesium levels',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'trial',
        'magnesium supplementation not only relieved symptoms, but also reduced the high level of urinary noradrenaline excretion',
      ),
      support(FIBRO_PAGE, 'trial', 'it was found that magnesium supplementation was able to raise that tolerance'),
    ],
  },
  {
    id: 'magnesium-deficiency-raises-cell-calcium',
    topic: 'mechanism',
    concepts: ['magnesium-deficiency', 'calcium'],
    statement: {
      en: 'Magnesium deficiency raises calcium levels inside cells, which may lead to calcification and cell death.',
      nb: 'Magnesiummangel øker kalsiumnivået inne i cellene, noe som kan føre til forkalkning og celledød.',
      bg: 'Дефицитът на магнезий повишава нивото на калций в клетките, което може да доведе до калцификация и клетъчна смърт.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'mechanism',
        'A magnesium deficiency causes an increase in intracellular calcium levels, which may lead to calcification and cell death.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-and-insulin',
    topic: 'mechanism',
    concepts: ['magnesium', 'insulin-resistance'],
    statement: {
      en: 'Magnesium helps regulate insulin; a deficiency can cause insulin resistance, which in turn depletes magnesium further.',
      nb: 'Magnesium bidrar til å regulere insulin; mangel kan gi insulinresistens, som igjen tapper kroppen for enda mer magnesium.',
      bg: 'Магнезият участва в регулацията на инсулина; дефицитът може да причини инсулинова резистентност, която на свой ред изчерпва още повече магнезия.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'mechanism',
        'Той е есенциален елемент в регулацията на мускулното съкращение (включително това на сърцето), кръвното налягане, метаболизма на инсулина',
      ),
      support(FIBRO_PAGE, 'mechanism', 'a magnesium deficiency appears to create resistance to insulin', HEDGED),
      support(
        FIBRO_PAGE,
        'mechanism',
        'insulin resistance by itself can distrupt intracellular magnesium levels',
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'insulin resistance and magnesium depletion may result in a vicious cycle of worsening insulin resistance and decrease in intracellular Mg(2+)',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-needed-for-bones',
    topic: 'mechanism',
    concepts: ['magnesium', 'osteoporosis'],
    statement: {
      en: 'Magnesium is needed for proper bone formation; with a deficiency bones soften, which can contribute to osteoporosis.',
      nb: 'Magnesium trengs for normal beindannelse; ved mangel blir knoklene myke, noe som kan bidra til benskjørhet.',
      bg: 'Магнезият е необходим за нормалното изграждане на костите; при дефицит костите омекват, което може да допринесе за остеопороза.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'It is most widely known for being needed for proper bone formation.'),
      support(FIBRO_PAGE, 'assertion', 'With a deficiency, bones will be soft, and it can play a role in osteoporosis', HEDGED),
      support(FIBRO_PAGE, 'assertion', 'the 2 minerals work together in buildling bones'),
    ],
  },
  {
    id: 'b-vitamins-needed-to-use-magnesium',
    topic: 'mechanism',
    concepts: ['magnesium', 'b-vitamins'],
    statement: {
      en: 'B vitamins are needed for the body to use magnesium; B6, B12 and folate together can stop homocysteine from depleting it.',
      nb: 'B-vitaminer trengs for at kroppen skal kunne utnytte magnesium; B6, B12 og folat sammen kan stanse at homocystein tapper cellene for magnesium.',
      bg: 'Витамините от група B са необходими, за да използва организмът магнезия; B6, B12 и фолиевата киселина заедно могат да спрат изчерпването му от хомоцистеина.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'B vitamins are necessary for proper utilization of magnesium'),
      support(FIBRO_PAGE, 'mechanism', 'homocysteine causes a depletion of intracellular free magnesium'),
      support(
        FIBRO_PAGE,
        'mechanism',
        'only a combination of B6, B12, and folate acid can stop this depletion of magnesium',
      ),
      support(FIBRO_PAGE, 'assertion', 'some people with fibromyalgia might benefit from B vitamin supplementation', HEDGED),
    ],
  },
  {
    id: 'vitamin-d-affects-magnesium-absorption',
    topic: 'mechanism',
    concepts: ['magnesium', 'vitamin-d', 'absorption'],
    statement: {
      en: 'Vitamin D affects magnesium absorption; the real problem may be too little vitamin D rather than too little magnesium.',
      nb: 'D-vitamin påvirker opptaket av magnesium; problemet kan være for lite D-vitamin snarere enn for lite magnesium.',
      bg: 'Витамин D влияе на усвояването на магнезия; истинският проблем може да е недостигът на витамин D, а не на магнезий.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'assertion',
        'In some people, the problem might not be enough magnesium, but instead might be not enough vitamin D, which has an effect on magnesium absorption.',
        HEDGED,
      ),
    ],
  },
];
