import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, FIBRO_PAGE, GLYCINATE_PAGE } from '../sources.ts';
import { HEDGED, contrast, support } from './helpers.ts';

/** The one-month trial in 003 reports these outcomes as unchanged. */
const TRIAL_NO_CHANGE_EN = 'Sleep, fatigue, and overall quality of life remained largely unchanged between groups.';
const DUVAL_RESULTS_EN =
  'I’ve seen great results with magnesium in cases of fibromyalgia, fatigue-pain syndromes, migraines, tension headaches';

/** Fibromyalgia and the conditions the fibromyalgia page (002) and the news article (003) tie to it. */
export const FIBROMYALGIA_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-helps-fibromyalgia',
    topic: 'related-conditions',
    concepts: ['magnesium', 'fibromyalgia', 'relief'],
    statement: {
      en: 'Magnesium can ease fibromyalgia symptoms, though it is only one of several treatments needed.',
      nb: 'Magnesium kan lindre symptomer ved fibromyalgi, men er bare én av flere behandlinger som trengs.',
      bg: 'Магнезият може да облекчи симптомите на фибромиалгия, макар да е само едно от няколкото необходими лечения.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'trial',
        'The clinical trial found—for the first time—that magnesium may help ease fibromyalgia symptoms, particularly stress and pain.',
        HEDGED,
      ),
      support(EPOCH_NEWS, 'anecdote', DUVAL_RESULTS_EN),
      support(FIBRO_PAGE, 'assertion', 'magnesium is only one of many possible treatments that can help fibromyalgia', HEDGED),
      support(FIBRO_PAGE, 'assertion', 'Perhaps people in a fibromyalgia flare could be helped by additional magnesium.', HEDGED),
      support(
        FIBRO_PAGE,
        'assertion',
        'Magnesium is just one of many helpful remedies and/or supplements for that might be helpful for fibromyalgia.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-reduces-fibromyalgia-pain',
    topic: 'related-conditions',
    concepts: ['magnesium', 'fibromyalgia', 'pain'],
    statement: {
      en: 'Magnesium reduces pain in fibromyalgia.',
      nb: 'Magnesium reduserer smerten ved fibromyalgi.',
      bg: 'Магнезият намалява болката при фибромиалгия.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'trial',
        'Pain severity also declined with magnesium supplementation—a small but meaningful shift that suggested the mineral might have a role in easing fibromyalgia’s burden.',
        HEDGED,
      ),
      support(
        EPOCH_NEWS,
        'trial',
        'In moderately stressed participants, pain scores dropped to 5.1 from 5.7 on a 10-point scale, while the placebo group showed no improvement.',
      ),
    ],
  },
  {
    id: 'low-magnesium-in-fibromyalgia',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'fibromyalgia'],
    statement: {
      en: 'People with fibromyalgia often have low magnesium, and the deficiency worsens their symptoms.',
      nb: 'Personer med fibromyalgi har ofte lite magnesium, og mangelen forverrer symptomene.',
      bg: 'Хората с фибромиалгия често имат нисък магнезий и дефицитът влошава симптомите им.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'observational',
        'Patients with fibromyalgia are often found to have lower magnesium levels in their blood, hair, and diet.',
      ),
      support(FIBRO_PAGE, 'assertion', 'Magnesium deficiency is therefore one of many problems in people with fibromyalgia'),
      support(FIBRO_PAGE, 'mechanism', 'a magnesium deficiency would definitely be a factor in worsening those symptoms'),
      support(FIBRO_PAGE, 'observational', 'But all of these same changes are found also in magnesium deficiencies'),
      support(
        FIBRO_PAGE,
        'assertion',
        "it's no wonder that the chemical brain imbalances in fibromyalgia somehow seem connected to processes involving magnesium",
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-reduces-stress',
    topic: 'related-conditions',
    concepts: ['magnesium', 'stress'],
    statement: {
      en: 'Magnesium lowers stress.',
      nb: 'Magnesium demper stress.',
      bg: 'Магнезият намалява стреса.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'trial',
        'Among participants who started the study with mild to moderate stress, magnesium made a clear difference.',
      ),
      support(
        EPOCH_NEWS,
        'trial',
        'In that subgroup, stress scores dropped significantly, while the placebo group saw little to no change.',
      ),
      support(
        FIBRO_PAGE,
        'mechanism',
        'Magnesium also appears to be able to also affect the nervous system by regulating the release of hormones, which occurs due to many different forms of stress.',
        HEDGED,
      ),
      contrast(
        EPOCH_NEWS,
        'trial',
        'Overall stress levels trended downward in the magnesium group, but the results were not significant.',
      ),
    ],
  },
  {
    id: 'stress-depletes-magnesium',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'stress'],
    statement: {
      en: 'Stress drains magnesium, which may be how stressful events trigger fibromyalgia.',
      nb: 'Stress tapper kroppen for magnesium, og det kan være slik stressende hendelser utløser fibromyalgi.',
      bg: 'Стресът изчерпва магнезия и може би така стресовите събития отключват фибромиалгия.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'Any stressful event could trigger magnesium loss.', HEDGED),
      support(
        FIBRO_PAGE,
        'expert-opinion',
        'So one could postulate that stressful events which trigger fibromyalgia are doing so by creating a high loss of magnesium.',
        HEDGED,
      ),
      support(EPOCH_NEWS, 'assertion', 'since stress often triggers fibromyalgia flare-ups'),
    ],
  },
  {
    id: 'magnesium-improves-sleep',
    topic: 'related-conditions',
    concepts: ['magnesium', 'sleep', 'relief'],
    statement: {
      en: 'Magnesium improves sleep.',
      nb: 'Magnesium gir bedre søvn.',
      bg: 'Магнезият подобрява съня.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'Migraine prevention, sleep, anxiety'),
      support(
        GLYCINATE_PAGE,
        'assertion',
        'often before bed to capitalize on its calming effects',
      ),
      contrast(EPOCH_NEWS, 'trial', TRIAL_NO_CHANGE_EN),
    ],
  },
  {
    id: 'low-magnesium-and-poor-sleep',
    topic: 'related-conditions',
    concepts: ['magnesium-deficiency', 'sleep'],
    statement: {
      en: 'Lack of sleep lowers magnesium and low magnesium keeps the brain too stimulated to sleep, so treating a sleep disorder helps at least as much as taking magnesium.',
      nb: 'Søvnmangel senker magnesiumnivået, og lite magnesium gjør hjernen for oppspilt til å sove, så behandling av en søvnforstyrrelse hjelper minst like mye som magnesium.',
      bg: 'Липсата на сън понижава магнезия, а ниският магнезий държи мозъка твърде възбуден, за да заспи, затова лечението на нарушенията на съня помага поне колкото приемът на магнезий.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'mechanism',
        'The reason lack of sleep causes a magnesium deficiency is probably due to the lower amounts of growth hormone secretion',
        HEDGED,
      ),
      support(FIBRO_PAGE, 'observational', 'sleep deprivation appears to lower magnesium levels', HEDGED),
      support(FIBRO_PAGE, 'mechanism', 'Also, IGF-1 affects excretion of magnesium by the kidneys'),
      support(
        FIBRO_PAGE,
        'observational',
        'the previously mentioned study of patients that were sleep deprived which resulted in low magnesium levels',
      ),
      support(FIBRO_PAGE, 'assertion', 'since we have shown that sleep deprivation can cause a magnesium deficiency'),
      support(FIBRO_PAGE, 'mechanism', 'the brain will be too stimulated to sleep'),
      support(
        FIBRO_PAGE,
        'expert-opinion',
        "So while it's possible to attain some benefit from taking magnesium, treating any sleep disorder is just as helpful, if not more so.",
      ),
    ],
  },
  {
    id: 'magnesium-reduces-fatigue',
    topic: 'related-conditions',
    concepts: ['magnesium', 'fatigue'],
    statement: {
      en: 'Magnesium reduces fatigue.',
      nb: 'Magnesium reduserer tretthet.',
      bg: 'Магнезият намалява умората.',
    },
    evidence: [
      support(EPOCH_NEWS, 'anecdote', DUVAL_RESULTS_EN),
      contrast(EPOCH_NEWS, 'trial', TRIAL_NO_CHANGE_EN),
    ],
  },
  {
    id: 'magnesium-relieves-muscle-spasms',
    topic: 'related-conditions',
    concepts: ['magnesium', 'muscle-cramps', 'relief'],
    statement: {
      en: 'Magnesium relieves muscle spasms, tension and tics; a deficiency causes excess muscle tension and spasms.',
      nb: 'Magnesium lindrer muskelspasmer, muskelspenning og tics; mangel gir økt muskelspenning og spasmer.',
      bg: 'Магнезият облекчава мускулните спазми, напрежението и тиковете; дефицитът му води до прекомерно мускулно напрежение и спазми.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'mechanism',
        'Magnesium deficiency promotes excessive muscle tension, leading to muscle spasms, tics, restlessness, and twitches.',
      ),
      support(FIBRO_PAGE, 'anecdote', 'I personally started taking magnesium for spasms and facial tics'),
      support(FIBRO_PAGE, 'anecdote', 'At that point, all spasms and tics stopped completely'),
      support(EPOCH_NEWS, 'expert-opinion', 'making it ideal for muscle tension, such as that experienced with fibromyalgia'),
    ],
  },
  {
    id: 'magnesium-may-help-myofascial-pain',
    topic: 'related-conditions',
    concepts: ['magnesium', 'myofascial-pain', 'relief'],
    statement: {
      en: 'Magnesium may help myofascial pain, because it inhibits the release of acetylcholine that drives trigger points.',
      nb: 'Magnesium kan hjelpe mot myofascielle smerter, fordi det hemmer frigjøringen av acetylkolin som driver triggerpunktene.',
      bg: 'Магнезият може да помогне при миофасциална болка, защото потиска освобождаването на ацетилхолин, което поддържа тригерните точки.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'Magnesium may also help Myofascial Pain Syndrome.', HEDGED),
      support(
        FIBRO_PAGE,
        'expert-opinion',
        'seem to result from excessive release of the neurotransmitter acetylcholine',
        HEDGED,
      ),
      support(FIBRO_PAGE, 'mechanism', 'magnesium is well known for being able to inhibit ACh release'),
    ],
  },
  {
    id: 'intravenous-magnesium-for-neuropathic-pain',
    topic: 'related-conditions',
    concepts: ['magnesium', 'intravenous', 'neuropathic-pain'],
    statement: {
      en: 'Intravenous magnesium has been studied as a treatment for neuropathic pain.',
      nb: 'Intravenøst magnesium er prøvd ut som behandling mot nevropatiske smerter.',
      bg: 'Интравенозният магнезий е изследван като лечение на невропатна болка.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'trial',
        'studies have used intravenous magnesium therapy to try and treat similar types of neuropathic pain',
      ),
    ],
  },
  {
    id: 'magnesium-and-mitral-valve-prolapse',
    topic: 'related-conditions',
    concepts: ['magnesium', 'mitral-valve-prolapse'],
    statement: {
      en: 'Mitral valve prolapse is linked to magnesium deficiency, and magnesium supplements relieved its symptoms in a study.',
      nb: 'Mitralklaffprolaps er knyttet til magnesiummangel, og magnesiumtilskudd lindret symptomene i en studie.',
      bg: 'Пролапсът на митралната клапа е свързан с дефицит на магнезий, а в едно проучване магнезиевите добавки облекчават симптомите му.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'trial',
        'in the following study on mitral valve prolapse, magnesium supplementation not only relieved symptoms',
      ),
      support(
        FIBRO_PAGE,
        'observational',
        "Migraine headaches, mitral valve prolapse, and Raynaud's phenomenon, all problems commonly found in people with fibromyalgia, are also problems that have been associated with a magnesium deficiency.",
      ),
    ],
  },
  {
    id: 'magnesium-may-help-asthma',
    topic: 'related-conditions',
    concepts: ['magnesium', 'asthma', 'relief'],
    statement: {
      en: 'Magnesium might help asthma, which is associated with high noradrenaline.',
      nb: 'Magnesium kan kanskje hjelpe mot astma, som er forbundet med høyt noradrenalin.',
      bg: 'Магнезият може би помага при астма, която е свързана с висок норадреналин.',
    },
    evidence: [
      support(
        FIBRO_PAGE,
        'mechanism',
        'Respiratory problems such as asthma have also been associated with high levels of noradrenaline, and thus magnesium might be of help for those conditions.',
        HEDGED,
      ),
    ],
  },
  {
    id: 'magnesium-relieves-hangover',
    topic: 'related-conditions',
    concepts: ['magnesium', 'hangover', 'relief'],
    statement: {
      en: 'Magnesium supplements relieve hangover symptoms.',
      nb: 'Magnesiumtilskudd lindrer bakrussymptomer.',
      bg: 'Магнезиевите добавки облекчават симптомите на махмурлука.',
    },
    evidence: [
      support(FIBRO_PAGE, 'assertion', 'magnesium supplementation has been found to relieve hangover symptoms'),
      support(
        FIBRO_PAGE,
        'assertion',
        'And if the oversensitivity to light and noise reminds you of someone suffering from a hangover, they are one and the same problem',
      ),
    ],
  },
];
