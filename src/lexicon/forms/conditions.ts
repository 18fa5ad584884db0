import { mgAhead, mgAheadBg } from './shared.ts';
import { B, F, L, R, W, exactly, gap, type LexiconPart } from './types.ts';

/** Conditions, symptoms and adverse effects. */
export const CONDITIONS = {
  migraine: {
    // Bare "attacks" / "anfall" / "пристъп": on these pages, migraine attacks, unless the words
    // around name another kind (panic, asthma, heart, epileptic) or it is the verb ("attacks the nerves").
    en: [
      R('migrain'), 'migrainous', 'hemicrania', `migrain${W}[ -]attacks?`,
      `(?<!(?:panic|heart|asthma|asthmatic|anxiety|seizure|epileptic|gout|gallbladder|terror|terrorist|shark|dog|air|cyber|military|knife|acid|allergy|allergic|coughing|sneezing|immune|vertigo|angina|sickle cell) )attacks(?! (?:on|the|your|its|their|our|my|his|her|it|them|him|healthy|cells|nerves?|tissues?)(?![\\p{L}]))`,
      `attack(?= (?:frequency|rate|days|severity|duration|count))`,
      `(?<=(?<![\\p{L}])(?:an|each|every|the next|a full-blown|the first|one|per|during the|of the) )attack(?! (?:on|of (?:panic|asthma|gout|anxiety|nerves))(?![\\p{L}]))`,
    ],
    nb: [B('migren'), B(`anfalls(?:hyppighet|frekvens|antall|varighet)${W}`), `(?<!(?:epileptiske?|panikk|astma|astmatiske?|hjerte|angst|krampe|allergiske?) )anfall(?:et|ene)?`],
    da: [B('migræn')],
    sv: [B('migrän')],
    de: [B('migräne'), B('migrän')],
    bg: [
      `мигрен${W}`, `антимигрен${W}`, `мигрено?зн${W} пристъп${W}`, `пристъп${W} (?:на|от) мигрена(?:та)?`,
      `(?<!(?:епилептичн|астматичн|паническ|сърдечн|алергичн|кашлич)${W} )пристъп(?:а|ът|и|ите)?(?! (?:на|от) (?:паника|астма|кашлица|епилепсия|подагра|гняв|смях|страх|тревожност|задух|стенокардия))`,
    ],
  },
  headache: {
    en: ['head~aches?', 'head pains?', 'pain in the head', `cephal(?:a)?lgi${W}`, 'sore head', 'my head (?:hurts|aches|pounds)'],
    nb: [B(`hodepine${W}`), L(`hodeverk${W}`), 'vondt i hodet', B(`hodesmert${W}`)],
    nn: [L(`hovudverk${W}`), L(`hovudpine${W}`), 'vondt i hovudet'],
    da: [L(`hovedpine${W}`)],
    sv: [L(`huvudvärk${W}`)],
    de: [L(`kopfschmerz${W}`), L(`kopfweh${W}`)],
    bg: [`главобол${W}`, `глав(?:ата)? (?:ме |ни |ги |го |я )?(?:боли|болят)`, `болк${W} в главата`],
  },
  'tension-headache': {
    en: ['tension(?:-type)? head~aches?', 'tension-type', F('tth', { accept: exactly('TTH') })],
    nb: [B(`spenningshodepine${W}`), B(`spenningshodeverk${W}`), `hodepine av spenningstype`],
    nn: [B(`spenningshovudverk${W}`)],
    bg: [`тензионе?н${W} (?:тип )?(?:ми |си )?главобол${W}`, `главобол${W} (?:от )?(?:тензионен тип|напрежение)`],
  },
  aura: {
    en: ['auras?', 'visual disturbances?', 'zig-?zag lines', 'flashing lights'],
    nb: ['aura(?:en|er|ene)?', `synsforstyrrels${W}`, `flimmer${W}`],
    bg: ['аур(?:а|ата|и|ите)', `зрителе?н${W} (?:смущени|нарушени)${W}`],
  },
  fibromyalgia: {
    en: [R('fibromyalg'), F('fms', { accept: exactly('FMS') }), 'fibro'],
    nb: [B('fibromyalg'), B(`fibro(?=anfall|plage|smert|symptom|pasient|diagnose|flare)`), 'fibro'],
    bg: [`фибромиалги${W}`, 'фибро'],
  },
  epilepsy: {
    en: [R('epilep'), 'seizures?', `convuls${W}`, `anticonvuls${W}`],
    nb: [B('epilep'), `krampeanfall${W}`, `(?:epileptiske )?anfall(?=_${gap(1)}(?:hos|ved) epilep)`],
    bg: [`епилеп${W}`, `припад${W}`, `гърч${W}`, `конвулси${W}`],
  },
  eclampsia: {
    en: [R('(?:pre-?)?eclamp')],
    nb: [B('(?:pre)?eklamps'), `svangerskapsforgiftning${W}`],
    bg: [`(?:пре)?еклампси${W}`],
  },
  'infantile-spasms': {
    en: ['infantile spasms?', 'west syndrome', `spasms in (?:infants|babies)`],
    nb: ['infantile spasmer', B(`spedbarnsspasm${W}`), 'wests? syndrom'],
    bg: [`инфантиле?н${W} спаз${W}`, 'синдром на уест', 'детски спазми'],
  },
  alzheimers: {
    en: [R('alzheimer')],
    nb: [B('alzheimer')],
    bg: [`алцх[ае]ймер${W}`],
  },
  parkinsons: {
    en: [R('parkinson')],
    nb: [B('parkinson')],
    bg: [`паркинсон${W}`],
  },
  depression: {
    en: ['depressi(?:on|ons|ve)', 'depressed', 'low mood', `antidepress${W}`],
    nb: [B(`depresjon${W}`), `depressiv${W}`, `deprimert${W}`, 'nedstemthet'],
    bg: [`депреси${W}`, `депресив${W}`, `потиснат${W}`],
  },
  anxiety: {
    en: [`anxi(?:ety|eties|ous)`, 'nervousness', 'panic attacks?', 'worry', 'worries'],
    nb: [B(`angst${W}`), `engstel${W}`, 'indre uro', `uro(?:en)?`],
    bg: [`тревожност${W}`, `тревож${W}`, `безпокойств${W}`, `тревог${W}`, `паник${W}`],
  },
  stress: {
    en: [`(?<!oxidative )(?<!oxidant )stress(?:ed|ful|es|ors?)?`, 'distress', 'under pressure'],
    nb: [F(`(?<!oksidativ )(?<!oksidativt )stress${W}`), B(`stressnivå${W}`), `påkjenning${W}`, 'belastning'],
    bg: [`(?<!оксидатив${W} )стрес${W}`, `напрежение${W}`],
  },
  'chronic-pain': {
    en: [`(?:chronic|persistent|long-term|longstanding|ongoing|lasting|constant) ${gap(1)}pains?`, 'chronic pain syndromes?'],
    nb: [`(?:kronisk|kroniske|langvarig|langvarige|vedvarende) ${gap(1)}smert${W}`, B(`smertesyndrom${W}`), B(`langtidssmert${W}`)],
    bg: [`(?:хронич${W}|продължител${W}|постоян${W}) ${gap(1)}болк${W}`, `хронич${W} болков${W} синдром${W}`, `болков${W} синдром${W}`],
  },
  pain: {
    en: ['pain(?:s|ful|fully|less)?', 'aches?', 'aching', 'sore(?:ness)?', 'hurts?', 'hurting', `analges${W}`, 'painkillers?', 'pain-relieving'],
    nb: [B(`smert${W}`), 'vondt', B(`(?:rygg|tann|ledd|muskel|øre|nakke)verk${W}`), `smertefull${W}`, `smertestill${W}`],
    nn: [B(`smerte${W}`)],
    bg: [`болк${W}`, `болезнен${W}`, 'боли', 'болят', `аналгез${W}`, `обезболяващ${W}`],
  },
  'neuropathic-pain': {
    en: [`neuropath${W}`, 'nerve pains?', `neuralgi${W}`],
    nb: [B(`nevropat${W}`), B(`nervesmert${W}`), `nevralgi${W}`],
    bg: [`невропат${W}`, `невралги${W}`, `нерве?н${W} болк${W}`],
  },
  'myofascial-pain': {
    en: [`myofascial${W}`, 'trigger points?', 'muscle knots?'],
    nb: [B(`myofasci${W}`), B(`triggerpunkt${W}`)],
    bg: [`миофасциал${W}`, `тригере?н${W} точк${W}`],
  },
  fatigue: {
    en: ['fatigue[d]?', 'tired(?:ness)?(?! of)', 'exhaust(?:ed|ion)', 'lethargy', 'lethargic', 'worn out', 'low energy', 'weariness', 'wiped out', 'run-?down', '(?:no|more|(?:your|my|their|his|her|our) (?:old )?)energy(?: levels?)?(?: back)?'],
    nb: [B(`tretthet${W}`), `trøtt${W}`, `utmatt${W}`, 'slitenhet', 'sliten', 'utslitt', 'energiløs'],
    nn: [`trøyttleik${W}`, 'trøytt'],
    bg: [`умор${W}`, `изтощ${W}`, `отпадна${W}`, `преумор${W}`, `отпаднал${W}`],
  },
  sleep: {
    en: ['sleep(?:s|ing|less|lessness|er|ers)?', 'slept', `insomni${W}`, 'restful nights?', 'fall(?:ing)? asleep', 'asleep', '(?:drift|drifting|nod|nodding|doze|dozing) off', 'bedtime', 'a good night'],
    nb: [B('søvn'), `sove(?:r|n)?`, 'sovne', 'sovnet', `insomni${W}`, 'sov'],
    nn: [B('svevn'), 'sova', 'søvn'],
    bg: ['сън(?:я|ят|ища|ищата)?', `безсъни${W}`, `недоспива${W}`, `недоспал${W}`, `недоспиване${W}`, `заспива${W}`, `заспи${W}`, 'спя', 'спи', 'спят', `спане${W}`, `съне?н${W}`],
  },
  'muscle-cramps': {
    en: [
      '(?:muscle|leg|night|calf|foot) (?:cramp(?:s|ing)?|spasms?|twitch(?:es|ing)?|tics?|tension|tightness|knots?)', '(?:muscle |leg |night )?cramp(?:s|ing|ed)?', 'spasms?', 'spasming', `twitch${W}`, 'tics?', 'restless legs?',
      'charley horses?', 'muscle tension', 'tight muscles', 'muscle tightness',
    ],
    nb: [B(`kramp${W}`), B(`spasm${W}`), `rykning${W}`, B(`muskelrykning${W}`), 'tics', B(`muskelspenning${W}`), 'urolige bein', `muskelkramp${W}`, 'stramme muskler'],
    bg: [`крамп${W}`, `спаз${W}`, `мускуле?н${W} спаз${W}`, 'тикове?', `потрепван${W}`, `схващан${W}`, `мускуле?н${W} напрежение`],
  },
  hangover: {
    en: ['hangovers?', 'hung~over', 'morning after'],
    nb: [B(`bakrus${W}`), `fyllesyk${W}`, 'dagen derpå', 'tømmermenn(?:ene)?'],
    bg: [`махмурл${W}`],
  },
  'insulin-resistance': {
    en: [`insulin(?:-| )?resist${W}`, `insulin${W}`, 'blood sugar', 'glucose metabolism', `diabet${W}`],
    nb: [B(`insulin${W}`), B(`blodsukker${W}`), `diabet${W}`],
    bg: [`инсулин${W}`, `кръве?н${W} захар`, `диабет${W}`],
  },
  'mitral-valve-prolapse': {
    en: ['mitral valve(?: prolapse)?', F('mvp', { accept: exactly('MVP') }), 'heart valve (?:problems?|prolapse)'],
    nb: [B(`mitralklaff${W}`), `mitralprolaps${W}`, `hjerteklaff${W}`],
    bg: [`пролапс${W} на митрале?н${W} клап${W}`, `митрале?н${W} клап${W}`, `пролапс${W}`],
  },
  asthma: {
    en: [`asthma${W}`, 'bronchospasm'],
    nb: [B(`astma${W}`)],
    bg: [`астм${W}`],
  },
  osteoporosis: {
    en: [`osteopor${W}`, 'bones?', 'bony', 'bone (?:formation|density|health|loss|mass)', `skelet${W}`, `brittle bones`],
    nb: [B(`osteopor${W}`), B(`beinskjør${W}`), B(`benskjør${W}`), B(`(?:bein|ben)(?:tetthet|bygning|helse|masse|vev)${W}`), `skjelett${W}`, `knokl${W}`, 'knokkel', B(`beinbygning${W}`), B(`beinhelse${W}`), B(`beinmasse${W}`)],
    bg: [`остеопороз${W}`, 'кост(?:и|ите|та|на|ен|ния|ната|но|ни|ните|ният)?', `косте?н${W}`],
  },
  'kidney-disease': {
    en: ['kidneys?', 'renal', 'nephropathy', 'kidney (?:disease|problems?|issues?|failure|function)'],
    nb: [B(`nyre${W}`), 'nyrer', 'nyrene'],
    bg: [`бъбре${W}`, `ренал${W}`, `нефропат${W}`],
  },
  nausea: {
    en: [`nause${W}`, `vomit${W}`, 'throwing up', 'throw up', `queas${W}`, 'sick to (?:my|your|the) stomach'],
    nb: [B(`kvalm${W}`), B(`oppkast${W}`), `brekning${W}`, 'kaste opp', 'kastet opp', 'spy', 'spyr'],
    bg: [`гаде(?:не|нето|ния)`, 'гади', `повръщан${W}`, `повръща${W}`, `позиви за повръщане`],
  },
  diarrhoea: {
    en: [`diarrh${W}`, 'laxatives?', 'loose (?:stools?|bowels?|motions?)', 'runny stools?', 'the runs', 'bowel urgency', 'laxation', 'running to the (?:bathroom|toilet|loo)', `(?:send|sends|sent|sending)(?=_${gap(2)}(?:running_)?to_the_(?:bathroom|toilet|loo))`, 'loosen(?:s|ed)? (?:the |your )?bowels?', 'loose motions'],
    nb: [B(`diar[ée]${W}`), 'løs (?:avføring|mage)', 'løs i magen', `(?:rett |fort |raskt )?på (?:do|toalettet)(?![\\p{L}])`, B(`avføringsmiddel${W}`), `laksativ${W}`, `avførende`],
    bg: [`диари${W}`, `лаксатив${W}`, `слабителе?н${W}`, `(?:редк${W}|течн${W}|рядко) изпражнени${W}`, `(?:право|директно|бегом|тичане|тичам|тичаш) (?:в|до) тоалетната`, `разстройство(?:то)?`],
  },
  'gi-upset': {
    en: [
      '(?:stomach|gastric|gastrointestinal|digestive|tummy|gut|bowel|abdominal) (?:upset|discomfort|problems?|issues?|distress|troubles?|complaints?|irritation|cramps?|side effects?|effects)',
      '(?:easy|easier|kind|kinder|gentler|gentle|harsh|harsher|rough|rougher|hard|harder|tough|tougher|friendly|friendlier) (?:on|to) (?:the |your |my )?(?:stomach|gut|tummy|digestion|digestive system)', '(?:stomach|gut|tummy)-friendly', `mess(?:es|ed|ing)? (?:with|up) (?:my |your |the |their )?(?:stomach|gut|tummy|digestion|bowels?)`,
      `(?:tolerated|tolerates|tolerate|handled|handles)(?=_${gap(3)}(?:by_)?(?:the_|your_)?(?:stomach|gut|tummy))`,
      'upset stomach', 'upset tummy', `gastrointestinal`, 'indigestion', 'bloat(?:ing|ed)', 'heartburn', 'stomach aches?', F('gi', { accept: exactly('GI') }),
      'hard on the stomach', 'gentle on the stomach',
    ],
    nb: [
      B(`mage(?:plag|besvær|problem|smert|trøbbel|ubehag|uro)${W}`), 'urolig mage', B(`fordøyelses(?:plag|besvær|problem|ubehag)${W}`),
      'vondt i magen', `mage-tarm${W}`, `gastrointestinal${W}`, `oppblåst${W}`, 'halsbrann', `skånsom${W} (?:for|mot) magen`, `(?:plager|plage|plaget|irriterer|irritere|forstyrrer|forstyrre)(?=_(?:ikke_|ikkje_|aldri_)?(?:\\S+_)?magen)`, `(?:hard|hardt|tung|tungt|snill${W}|mild${W}) (?:for|mot) magen`,
    ],
    bg: [
      `стомаше?н${W} (?:дискомфорт|разстройств|проблем|оплакван|неразположени|болк|дразнене)${W}`, `дразн${W}(?=_(?:\\S+_)?стомах)`, `стомашно-чреве?н${W}`, `гастроинтестинал${W}`,
      `храносмила${W} (?:проблем|оплакван|смущени|дискомфорт|неразположени|нарушени)${W}`, `подуван${W}`, 'киселини', `разстроен${W} стомах`,
      `болки в стомаха`, `щадящ${W} (?:за|към) стомаха`, `(?:понася${W}|поносим${W})(?=_${gap(3)}(?:от_)?стомаха)`, `(?:тежък|тежка|тежко|лек${W}|мек${W}) за стомаха`,
    ],
  },
  // What a remedy does besides what it is taken for. Saying it "can have side effects" is not
  // saying it is risky: safety words ("safe", "trygt", "безопасен") are `low-risk`.
  'side-effect': {
    en: ['side~effects?', 'adverse (?:effects?|events?|reactions?)', 'unwanted effects?', 'downsides?', 'drawbacks?', `upsets? (?:you|me|them|people|some people|your stomach)`, `(?:doesn't|does not|didn't|did not|don't|do not) agree with (?:you|me|them)`],
    nb: [B(`bivirkning${W}`), `uønsket${W} (?:effekt|virkning)${W}`],
    nn: [B(`biverknad${W}`)],
    bg: [`странич${W} (?:ефект|ефекти|действи|реакци)${W}`, `нежелан${W} (?:ефект|реакци|действи)${W}`],
  },
  // Safety, and risk in general. Few or no side effects is low risk ("has few side effects",
  // "få bivirkninger", "няма странични ефекти": the negation is the meaning); "risky" negates it.
  'low-risk': {
    en: [
      'low~risk', 'risk-free', F('risky', { negated: true }), 'risks?', 'safe(?:ly|ty)?', `well~tolerat${W}`, `tolerat${W}`, 'harmless',
      F(`(?:few|very few|hardly any|no|little|minimal|minor|mild|rare) side~effects?`, { opaque: true }), 'side~effect~free', 'free (?:of|from) side~effects',
    ],
    nb: [
      'trygge?', 'trygt', 'sikker(?:t|e)?', 'ufarlig(?:e|t)?', `risiko${W}`, B(`lavrisiko${W}`), `tåle${W}`, 'tåles godt',
      F(`(?:få|veldig få|svært få|lite|ingen|knapt noen|milde|sjeldne) bivirkning${W}`, { opaque: true }), `(?:uten|fri for) bivirkning${W}`, B(`bivirkningsfri${W}`),
    ],
    bg: [
      `безопас${W}`, `безвред${W}`, `безрисков${W}`, `риск${W}`, `понася${W}`, `поносим${W}`,
      F(`(?:малко|много малко|почти никакви|никакви|няма|леки|редки|минимални) странич${W} (?:ефект|ефекти|действи|реакци)${W}`, { opaque: true }), `без странич${W} (?:ефект|ефекти|действи|реакци)${W}`,
    ],
  },
  toxicity: {
    en: [`toxic${W}`, `overdos${W}`, `hypermagnes${W}`, 'poisoning', `(?:too much|excess|excessive|large amounts of|high doses of|megadoses of)${mgAhead(1)}`, 'magnesium overload'],
    nb: [B(`overdos${W}`), `giftig${W}`, `toksis${W}`, B(`forgiftning${W}`), `(?:for mye|altfor mye|store mengder|høye doser)${mgAhead(1)}`, `hypermagnes${W}`],
    bg: [`токсич${W}`, `предозир${W}`, `свръхдоз${W}`, `отрав${W}`, `хипермагнезием${W}`, `(?:твърде много|прекалено много|излишък${W}|високи дози)${mgAheadBg(2)}`],
  },
  sedation: {
    en: [`sedat${W}`, `drows${W}`, 'sleepiness', 'sleepy', 'groggy', 'grogginess'],
    nb: [B(`sedasjon${W}`), `sedat${W}`, `døsig${W}`, `søvnig${W}`, 'tung i hodet'],
    bg: [`седаци${W}`, `седатив${W}`, `сънлив${W}`, `замая${W}`],
  },
  symptoms: {
    en: ['symptoms?', 'symptomatic', 'health (?:problems?|issues?|complaints?)', 'complaints', 'ailments?', 'problems', 'disorders', 'consequences', 'conditions', 'damage', 'lesions'],
    nb: [B(`symptom${W}`), `helse(?:problem|plag|utfordring)${W}`, 'plager?', 'plagene', 'problemer', 'lidelser', 'skader', 'konsekvenser'],
    nn: ['plager', 'problem'],
    bg: [`симптом${W}`, `оплакван${W}`, `проблем${W}`, `нарушени${W}`, `последици${W}`, `увреждан${W}`, `заболявания${W}`],
  },
} satisfies LexiconPart;
