import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE, MIGRENE_BLOG, NEURO_ARTICLE } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

/** How magnesium would act on the nervous system and on the signal substances of migraine. */
export const MECHANISM_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-blocks-nmda-receptors',
    topic: 'mechanism',
    concepts: ['magnesium', 'nmda-receptor', 'blocks'],
    statement: {
      en: 'Magnesium blocks NMDA receptors, keeping calcium from flooding into nerve cells.',
      nb: 'Magnesium blokkerer NMDA-reseptorer og hindrer at kalsium strømmer inn i nervecellene.',
      bg: 'Магнезият блокира NMDA рецепторите и не позволява на калция да навлиза в нервните клетки.',
    },
    evidence: [
      support(
        NEURO_ARTICLE,
        'mechanism',
        'Една от най-важните си неврологични функции магнезият дължи на своето взаимодействие с т.нар. N-methyl-D-aspartate (NMDA) рецептори.',
      ),
      support(NEURO_ARTICLE, 'mechanism', 'Магнезият действа като блокада на калциевите канали в тези рецептори'),
      support(GLYCINATE_PAGE, 'mechanism', 'By blocking N-methyl-D-aspartate (NMDA) receptors, magnesium can help calm over-excited nerve cells.', HEDGED),
      support(FIBRO_PAGE, 'mechanism', 'Since magnesium also blocks NMDA receptors'),
      support(FIBRO_PAGE, 'mechanism', 'Magnesium is known to regulate or inhibit many nerve receptors, such as NMDA or 5-HT3'),
      support(EPOCH_NEWS, 'mechanism', 'By preventing calcium from entering cells through NMDA receptors'),
      support(
        MIGRENE_BLOG,
        'mechanism',
        'Sannsynligvis skyldes dette at magnesium påvirker signalering i hjernen, blant annet ved å påvirke signalering mellom hjerneceller via såkalte NMDA-mottakermolekyler.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-eases-pain-via-nmda',
    topic: 'mechanism',
    concepts: ['magnesium', 'nmda-receptor', 'pain'],
    statement: {
      en: 'Magnesium eases pain by blocking NMDA receptors, which otherwise make the nervous system oversensitive to pain.',
      nb: 'Magnesium demper smerte ved å blokkere NMDA-reseptorer, som ellers gjør nervesystemet overfølsomt for smerte.',
      bg: 'Магнезият облекчава болката, като блокира NMDA рецепторите, които иначе правят нервната система свръхчувствителна към болка.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'mechanism',
        'One of the key ways magnesium helps reduce pain is by blocking N-methyl-D-aspartate (NMDA) receptors',
      ),
      support(EPOCH_NEWS, 'mechanism', 'the overactivation of NMDA receptors allows excessive calcium to enter neurons, contributing to pain'),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'Смята се, че магнезият може да има отношение към повлияване на хроничния болков синдром чрез потискане на калциевите канали в NMDA-рецепторите на ниво гръбначен мозък.',
        HEDGED,
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'NMDA or 5-HT3, which have been considered as sources of certain types of fibromyalgia pain',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-regulates-glutamate',
    topic: 'mechanism',
    concepts: ['magnesium', 'glutamate'],
    statement: {
      en: "Magnesium keeps glutamate, the brain's main excitatory signal, in check; too little magnesium can boost glutamate signalling.",
      nb: 'Magnesium holder glutamat, hjernens viktigste eksitatoriske signalstoff, i sjakk; for lite magnesium kan forsterke glutamatsignaleringen.',
      bg: 'Магнезият държи под контрол глутамата – основния възбуждащ сигнал в мозъка; при недостиг на магнезий глутаматергичното предаване може да се засили.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'Magnesium helps regulate the activity of neurotransmitters, particularly glutamate'),
      support(NEURO_ARTICLE, 'mechanism', 'той трябва да бъде премахнат, за да се предаде възбудния глутаматергичен сигнал'),
      support(NEURO_ARTICLE, 'mechanism', 'Ниското ниво на магнезия може теоретично да потенцира глутаматергичната трансмисия', HEDGED),
    ],
  },
  {
    id: 'magnesium-calms-nerve-cells',
    topic: 'mechanism',
    concepts: ['magnesium', 'neuronal-excitability'],
    statement: {
      en: 'Magnesium calms over-excited nerve cells; with too little magnesium, nerves fire too easily.',
      nb: 'Magnesium demper overaktive nerveceller; med for lite magnesium fyrer nervene for lett.',
      bg: 'Магнезият успокоява свръхвъзбудените нервни клетки; при недостиг на магнезий нервите се възбуждат твърде лесно.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'mechanism', 'Magnesium er vist å kunne påvirke slik overaktivering på flere måter.'),
      support(GLYCINATE_PAGE, 'mechanism', 'magnesium can help calm over-excited nerve cells', HEDGED),
      support(GLYCINATE_PAGE, 'mechanism', 'Low levels can lead to a state of heightened neuronal excitability', HEDGED),
      support(FIBRO_PAGE, 'mechanism', 'Without enough magnesium, nerves fire too easily from even minor stimuli.'),
      support(
        EPOCH_NEWS,
        'mechanism',
        'magnesium is known to influence certain mechanisms, including neurotransmitter release, brain excitability, and blood clotting',
      ),
      support(NEURO_ARTICLE, 'mechanism', 'като протектор срещу т.нар ексцитотоксичност'),
      support(NEURO_ARTICLE, 'mechanism', 'което може да доведе до свръхвъзбудимост на нервната клетка', HEDGED),
    ],
  },
  {
    id: 'magnesium-and-cortical-spreading-depression',
    topic: 'mechanism',
    concepts: ['magnesium', 'cortical-spreading-depression'],
    statement: {
      en: 'Magnesium deficiency is linked to cortical spreading depression, the wave of brain activity thought to cause migraine aura.',
      nb: 'Magnesiummangel er knyttet til kortikal spredende depresjon, bølgen av hjerneaktivitet som antas å gi migreneaura.',
      bg: 'Дефицитът на магнезий е свързан с кортикалната разпространяваща се депресия – вълна на мозъчна активност, смятана за причина за аурата при мигрена.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'observational',
        'Magnesiummangel har blitt sett i sammenheng med flere hjernesignalforstyrrelser som sannsynligvis finner sted under migreneanfall.',
        HEDGED,
      ),
      support(
        MIGRENE_BLOG,
        'mechanism',
        'Et av disse kalles kortikalt spredende depresjon (CSD), som er en bølge med unormalt stor aktivering av hjerneaktivitet',
      ),
      support(MIGRENE_BLOG, 'mechanism', 'kan forklare aura som noen får før hodepinen kommer under migreneanfallet', HEDGED),
    ],
  },
  {
    id: 'magnesium-and-substance-p',
    topic: 'mechanism',
    concepts: ['magnesium', 'substance-p'],
    statement: {
      en: 'Magnesium deficiency releases substance P, a signal substance that contributes to headache and pain.',
      nb: 'Magnesiummangel frigjør substans P, et signalstoff som bidrar til hodepine og smerte.',
      bg: 'Дефицитът на магнезий освобождава субстанция P – сигнално вещество, което допринася за главоболието и болката.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'mechanism',
        'Substans P er et signalstoff i hjernen som medvirker til hodepine, og som slippes løs når man har magnesiummangel.',
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'A magnesium deficiency also increases levels of substance P, a chemical which has been implicated as being responsible for increased pain levells in FMS.',
      ),
    ],
  },
  {
    id: 'magnesium-lowers-cgrp',
    topic: 'mechanism',
    concepts: ['magnesium', 'cgrp'],
    statement: {
      en: 'Magnesium lowers CGRP, a signal substance that rises during migraine attacks.',
      nb: 'Magnesium senker CGRP, et signalstoff som øker under migreneanfall.',
      bg: 'Магнезият понижава CGRP – сигнално вещество, което се повишава по време на мигренозен пристъп.',
    },
    evidence: [
      support(MIGRENE_BLOG, 'observational', 'Et annet signalstoff som er øket under migreneanfall, kalles CGRP.'),
      support(MIGRENE_BLOG, 'mechanism', 'Magnesium er vist å redusere CGRP.'),
    ],
  },
  {
    id: 'magnesium-lowers-nitric-oxide',
    topic: 'mechanism',
    concepts: ['magnesium', 'nitric-oxide'],
    statement: {
      en: 'Magnesium lowers nitric oxide, which is raised during migraine attacks and contributes to them.',
      nb: 'Magnesium senker nitrogenmonoksid, som er forhøyet under migreneanfall og bidrar til dem.',
      bg: 'Магнезият понижава азотния оксид, който е повишен по време на мигренозните пристъпи и допринася за тях.',
    },
    evidence: [
      support(
        MIGRENE_BLOG,
        'observational',
        'Nitrogenmonoksid (NO) er et tredje viktig signalstoff som er forøket og medvirker i migreneanfall.',
      ),
      support(MIGRENE_BLOG, 'mechanism', 'Også nitrogenmonoksid reduseres av magnesium.'),
    ],
  },
  {
    id: 'magnesium-regulates-serotonin',
    topic: 'mechanism',
    concepts: ['magnesium', 'serotonin'],
    statement: {
      en: 'Magnesium regulates serotonin: low magnesium increases serotonin release and activity, and magnesium treatment reduces it.',
      nb: 'Magnesium regulerer serotonin: lite magnesium øker frigjøringen og aktiviteten av serotonin, og behandling med magnesium demper den.',
      bg: 'Магнезият регулира серотонина: ниският магнезий засилва освобождаването и активността на серотонина, а лечението с магнезий я намалява.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'Magnesium is involved in the synthesis and function of serotonin'),
      support(
        MIGRENE_BLOG,
        'mechanism',
        'Lave verdier av magnesium er vist å øke risikoen for at serotonin-molekyler slippes ut fra sine lagre.',
      ),
      support(
        MIGRENE_BLOG,
        'observational',
        'Videre har lave magnesiumverdier blitt sett i sammenheng med høyere serotonin-aktivitet.',
      ),
      support(MIGRENE_BLOG, 'mechanism', 'Behandling med magnesium er vist å redusere serotonin-aktiviteten i etterkant.'),
    ],
  },
  {
    id: 'magnesium-regulates-blood-vessel-tone',
    topic: 'mechanism',
    concepts: ['magnesium', 'blood-vessels'],
    statement: {
      en: 'Magnesium regulates blood-vessel tone and blood pressure; it relaxes vessel walls and widens blood vessels.',
      nb: 'Magnesium regulerer spenningen i blodårene og blodtrykket; det får åreveggene til å slappe av og blodårene til å utvide seg.',
      bg: 'Магнезият регулира тонуса на кръвоносните съдове и кръвното налягане; отпуска съдовите стени и разширява съдовете.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'The mineral assists in regulating blood vessel tone'),
      support(
        FIBRO_PAGE,
        'mechanism',
        'magnesium is able to relax smooth muscles around blood vessels, and thus has a strong vasodilatory effect',
      ),
      support(
        NEURO_ARTICLE,
        'mechanism',
        'Той е есенциален елемент в регулацията на мускулното съкращение (включително това на сърцето), кръвното налягане, метаболизма на инсулина',
      ),
    ],
  },
  {
    id: 'magnesium-anti-inflammatory',
    topic: 'mechanism',
    concepts: ['magnesium', 'inflammation'],
    statement: {
      en: 'Magnesium has anti-inflammatory effects; a deficiency raises inflammatory cytokines.',
      nb: 'Magnesium virker betennelsesdempende; mangel øker nivået av betennelsesfremmende cytokiner.',
      bg: 'Магнезият има противовъзпалително действие; дефицитът му повишава възпалителните цитокини.',
    },
    evidence: [
      support(
        GLYCINATE_PAGE,
        'review',
        'Some research suggests magnesium has anti-inflammatory properties, which may help mitigate the neurogenic inflammation associated with migraines.',
        HEDGED,
      ),
      support(EPOCH_NEWS, 'expert-opinion', '“Magnesium is a powerful modulator of both pain and inflammation,” Duval said.'),
      support(FIBRO_PAGE, 'mechanism', 'this study also shows a rise in inflammatory cytokines'),
    ],
  },
  {
    id: 'magnesium-regulates-neurotransmitters',
    topic: 'mechanism',
    concepts: ['magnesium', 'neurotransmitters'],
    statement: {
      en: "Magnesium regulates the release and activity of neurotransmitters, the brain's signal substances.",
      nb: 'Magnesium regulerer frigjøringen og aktiviteten til nevrotransmittere, hjernens signalstoffer.',
      bg: 'Магнезият регулира освобождаването и активността на невротрансмитерите – сигналните вещества в мозъка.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'mechanism', 'Magnesium helps regulate the activity of neurotransmitters'),
      support(EPOCH_NEWS, 'mechanism', 'magnesium is known to influence certain mechanisms, including neurotransmitter release'),
      support(MIGRENE_BLOG, 'mechanism', 'Sannsynligvis skyldes dette at magnesium påvirker signalering i hjernen', HEDGED),
    ],
  },
];
