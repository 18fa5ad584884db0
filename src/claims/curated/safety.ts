import type { CuratedClaim } from '../schema.ts';
import { EPOCH_NEWS, GLYCINATE_PAGE } from '../sources.ts';
import { HEDGED, support } from './helpers.ts';

const LOW_TOXICITY_EN = 'The risk of toxicity from oral supplements is low in individuals with healthy kidneys.';

/** Who should be careful, interactions, and supervision. */
export const SAFETY_CLAIMS: CuratedClaim[] = [
  {
    id: 'magnesium-is-low-risk',
    topic: 'safety',
    // Safety, not side effects: "magnesium can have side effects" does not say it is risky.
    concepts: ['magnesium', 'low-risk'],
    statement: {
      en: 'Magnesium supplements are gentle and low-risk.',
      nb: 'Magnesiumtilskudd er skånsomme og har lav risiko.',
      bg: 'Магнезиевите добавки са щадящи и с нисък риск.',
    },
    evidence: [
      support(EPOCH_NEWS, 'assertion', 'magnesium’s gentle, low-risk benefits may be worth noting', HEDGED),
      support(GLYCINATE_PAGE, 'assertion', LOW_TOXICITY_EN),
    ],
  },
  {
    id: 'magnesium-and-kidney-disease',
    topic: 'safety',
    concepts: ['magnesium', 'kidney-disease'],
    statement: {
      en: 'People with severe kidney disease should not take magnesium supplements, because the kidneys clear excess magnesium; with healthy kidneys the risk of toxicity is low.',
      nb: 'Personer med alvorlig nyresykdom bør ikke ta magnesiumtilskudd, fordi det er nyrene som skiller ut overskuddet; med friske nyrer er risikoen for forgiftning lav.',
      bg: 'Хората с тежко бъбречно заболяване не бива да приемат магнезиеви добавки, защото бъбреците изхвърлят излишния магнезий; при здрави бъбреци рискът от токсичност е нисък.',
    },
    evidence: [
      support(
        GLYCINATE_PAGE,
        'assertion',
        'It is not recommended for individuals with severe kidney disease, as the kidneys are responsible for clearing excess magnesium from the body.',
      ),
      support(GLYCINATE_PAGE, 'assertion', LOW_TOXICITY_EN),
      support(GLYCINATE_PAGE, 'assertion', 'especially for those with kidney issues or who are taking other medications'),
    ],
  },
  {
    id: 'intravenous-magnesium-needs-supervision',
    topic: 'safety',
    concepts: ['magnesium', 'intravenous', 'toxicity'],
    statement: {
      en: 'Intravenous magnesium needs medical supervision because of the risk of overdose, and is not for routine use.',
      nb: 'Intravenøst magnesium krever medisinsk oppfølging på grunn av faren for overdose og egner seg ikke til rutinebruk.',
      bg: 'Интравенозният магнезий изисква лекарско наблюдение заради риска от предозиране и не е подходящ за рутинна употреба.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'assertion',
        'IV administration needs medical supervision because of the risk of overdose and isn’t a good option for routine use',
      ),
    ],
  },
  {
    id: 'consult-a-doctor-before-taking-magnesium',
    topic: 'safety',
    concepts: ['magnesium', 'medical-supervision'],
    statement: {
      en: 'Consult a doctor before starting magnesium supplements.',
      nb: 'Snakk med lege før du begynner med magnesiumtilskudd.',
      bg: 'Консултирайте се с лекар, преди да започнете да приемате магнезиеви добавки.',
    },
    evidence: [
      support(GLYCINATE_PAGE, 'assertion', 'Always consult a healthcare provider before starting a new supplement regimen'),
      support(
        GLYCINATE_PAGE,
        'assertion',
        "it's wise to discuss with a medical professional to ensure it is the right choice for your specific health needs",
      ),
      support(
        EPOCH_NEWS,
        'assertion',
        'It is therefore crucial to consult with your health care provider before starting supplementation.',
      ),
    ],
  },
  {
    id: 'magnesium-interacts-with-medicines',
    topic: 'safety',
    concepts: ['magnesium', 'drug-interactions'],
    statement: {
      en: 'Magnesium can interact with some medicines and supplements; combined with calcium or vitamin D, doses may need adjusting.',
      nb: 'Magnesium kan gi interaksjoner med enkelte legemidler og kosttilskudd; sammen med kalsium eller D-vitamin kan det bli nødvendig å justere dosene.',
      bg: 'Магнезият може да взаимодейства с някои лекарства и добавки; в комбинация с калций или витамин D може да се наложи дозите да се коригират.',
    },
    evidence: [
      support(EPOCH_NEWS, 'assertion', 'magnesium supplements can interact with certain medications and other supplements'),
      support(
        EPOCH_NEWS,
        'assertion',
        'taking magnesium alongside supplements such as calcium or vitamin D may require adjustments in dosage',
        HEDGED,
      ),
      support(GLYCINATE_PAGE, 'assertion', 'to avoid potential interactions with other medications', HEDGED),
    ],
  },
  {
    id: 'magnesium-and-blood-pressure-medicines',
    topic: 'safety',
    concepts: ['magnesium', 'blood-pressure-medication'],
    statement: {
      en: 'Magnesium may weaken some blood pressure medicines, such as calcium channel blockers and diuretics, and these medicines can raise or lower magnesium levels.',
      nb: 'Magnesium kan svekke enkelte blodtrykksmedisiner, som kalsiumantagonister og vanndrivende midler, og disse medisinene kan både øke og senke magnesiumnivået.',
      bg: 'Магнезият може да отслаби действието на някои лекарства за кръвно налягане, като калциевите антагонисти и диуретиците, а тези лекарства могат да повишат или понижат нивото на магнезий.',
    },
    evidence: [
      support(
        EPOCH_NEWS,
        'assertion',
        'magnesium may reduce the effectiveness of certain blood pressure medications, such as calcium channel blockers and diuretics',
        HEDGED,
      ),
      support(EPOCH_NEWS, 'assertion', 'which can either lower or increase magnesium levels in the body'),
    ],
  },
];
