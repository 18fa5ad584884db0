import { B, F, W, exactly, gap, type LexiconPart } from './types.ts';

/**
 * Predicates about the discourse around a claim: advice, scope ("everyone"), kinds of evidence,
 * criticism, absence of evidence, time to effect, medical supervision, prevalence.
 */

const EN_EVIDENCE = `(?:evidence|proof|studies|study|data|research|trials?|backing|support|science|signs?|indications?|hints?)`;
const EN_PROFESSIONAL = `(?:doctors?|physicians?|gps?|healthcare|health care|medical|pharmacists?|clinicians?|neurologists?|specialists?|practitioners?)`;

/**
 * Verbs reporting a finding: "a few small studies suggest that ..." reports what they found; only
 * "only a few small studies" (or "the studies were small") says that large ones are missing.
 */
/** A lookbehind that rules out a span of use before a number of weeks or months ("for six months"). */
const USE_SPAN = {
  en: '(?<!(?<![\\p{L}])for (?:(?:a|few|couple|of|several|many|two|three|four|five|six|eight|ten|twelve|\\d+) ){0,3})',
  nb: '(?<!(?<![\\p{L}])i (?:(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ti|tolv|noen|et|par|flere|mange|\\d+) ){0,3})',
  bg: '(?<!(?<![\\p{L}])от (?:(?:две|три|четири|пет|шест|осем|десет|няколко|много|\\d+) ){0,2})',
};
const REPORTS = {
  en: '(?:show|showed|shown|suggest|suggested|found|find|indicate|indicated|point|pointed|report|reported|hint|hinted)(?![\\p{L}])',
  nb: `(?:viser|viste|tyder|tydet|antyder|antydet|fant|finner|peker|pekte|rapporterer|rapporterte)(?![\\p{L}])`,
  bg: `(?:показват|показаха|показа|сочат|посочват|предполагат|установяват|установиха|откриват|откриха|намират|намериха)(?![\\p{L}])`,
};

export const PREDICATES_DISCOURSE = {
  recommendation: {
    en: [
      `recommend${W}`, `advis${W}`, 'advice', 'should', 'ought to', `needs?(?=_(?:to_take|to_be_on|a_daily|daily|extra|more|a_magnesium|magnesium|supplement))`,
      F(`(?:would|could|will|should|might) (?:all )?benefit from(?=_(?:taking|using|a_|extra|daily|regular|magnesium|supplement))`, { also: ['relief'] }), 'urg(?:e|es|ed|ing)', `encourag${W}`, '(?:must|need to|needs to|have to|has to) take',
      F('worth (?:a )?(?:try|trying|shot|a go)', { also: ['relief'] }), `suggest(?:s|ed)?(?= (?:taking|that ${gap(2)}(?:take|should|use)))`, `prescrib${W}`, 'go-to', "it'?s (?:a good idea|wise|smart) to",
      'best (?:to|if you) take',
    ],
    nb: [B(`anbefal${W}`), 'bør', 'burde', `trenger(?=_${gap(2)}magnesium)`, 'råd(?:er|es|et|ing)?', `rådgiv${W}`, `oppfordr${W}`, `tilrå${W}`, 'må ta', 'lønner seg', `foreskriv${W}`, 'verdt å prøve'],
    nn: ['bør', `tilrå${W}`, 'burde'],
    bg: [`препоръч${W}`, `съветва${W}`, 'трябва', F(`(?:биха|би|ще) (?:имали |имал |имат |имаме )?полза`, { also: ['relief'] }), 'им(?:а|ат) нужда от', 'се нуждаят от', 'следва да', 'необходимо е', 'добре е да', 'съвет(?:и|ът|ите)?', `предписва${W}`, 'струва си', 'си заслужава'],
  },
  'everyone-with-condition': {
    en: [
      `(?:all|every|any|each)(?=_${gap(2)}(?:patients?|sufferers?|migraineurs?|migraine|people|persons?|individuals?|adults?|one|person|case|body|who))`,
      'everyone', 'everybody', 'anyone', 'anybody', 'without exception', 'across the board', 'universal(?:ly)?', 'blanket (?:advice|recommendation)',
      'regardless of',
    ],
    nb: [
      `(?:alle|enhver|hver|samtlige)(?=_${gap(2)}(?:pasient${W}|migren${W}|som|personer|mennesker|med|berørte|folk|tilfeller))`, 'enhver', 'alle sammen',
      'uten unntak', 'samtlige',
    ],
    nn: [`(?:alle|kvar|kvart)(?=_${gap(2)}(?:pasient${W}|migren${W}|som|personar|menneske|med))`, 'utan unntak'],
    bg: [`(?:всички|всеки|всяк${W})(?=_${gap(2)}(?:пациент|болн|страда|мигрен|хора|човек|които|който|с ))`, 'без изключение', 'всеки', 'независимо'],
  },
  'clinical-trial': {
    en: [
      'trials?', `placebo${W}`, 'randomi[sz]ed', `double-blind${W}`, 'clinical (?:stud(?:y|ies)|research|testing)', 'stud(?:y|ies)', 'experiments?',
      'research', 'rct', 'controlled stud(?:y|ies)', 'tested',
    ],
    nb: [B(`studie${W}`), `forsøk${W}`, B(`placebo${W}`), `randomiser${W}`, `klinisk${W} (?:studie|forsøk|utprøving)${W}`, B(`dobbeltblind${W}`), `undersøkelse${W}`, `forskning${W}`, `utprøving${W}`, 'testet'],
    bg: [`проучван${W}`, `изследван${W}`, `клинич${W} (?:проучван|изпитван|изследван)${W}`, `рандомизиран${W}`, `плацебо${W}`, `изпитван${W}`, `експеримент${W}`],
  },
  review: {
    en: ['reviews?', 'review articles?', 'overview', `meta-?analys${W}`, 'systematic reviews?', 'literature', 'survey of (?:the )?(?:literature|research|studies)', 'paper'],
    nb: [B(`oversiktsartik${W}`), `gjennomgang${W}`, B(`oversikt${W}`), `metaanaly${W}`, `review${W}`, `systematisk${W} oversikt${W}`, `litteratur${W}`, 'gjennomgikk', 'gått gjennom', 'artikkel(?:en)?'],
    bg: [`обзор${W}`, `преглед${W}`, `мета-?анализ${W}`, `систематич${W} преглед${W}`, `литератур${W}`],
  },
  criticism: {
    en: [
      `critici[sz]${W}`, `critiqu${W}`, 'critics?', 'critical of', `disput${W}`, `challeng${W}`, 'contest(?:ed|s|ing)', 'question(?:ed|ing)', `rebut${W}`,
      'object(?:ed|ion|ions)', 'push(?:ed)? back', 'pushback', `s[ck]eptic${W}`, 'repl(?:y|ied|ies) (?:to|from)', 'took issue', 'take issue', `doubt${W}`,
      `controvers${W}`, 'pick(?:ed)? apart', 'slammed', `debunk${W}`, 'disagree(?:d|s|ment)?',
      F('not everyone agrees', { opaque: true }),
    ],
    nb: [
      B(`kritiser${W}`), B(`kritikk${W}`), `kritiker${W}`, 'tilsvar(?:et|ene)?', `motsvar${W}`, `omstridt${W}`, `bestrid${W}`, `imøtegå${W}`, 'sår tvil', 'tviler',
      `kontrovers${W}`, `motforestilling${W}`, 'uenig(?:e|het)?', `innvending${W}`, 'kritisk(?:e)? til', 'tilbakeviste?', 'tvil(?:en)?',
    ],
    nn: [`kritiser${W}`, 'usamde?', 'tvilar'],
    bg: [`критик${W}`, `критикува${W}`, `оспорва${W}`, `оспорен${W}`, 'поставя(?:т)? под съмнение', 'под въпрос', `споре?н${W}`, `възражени${W}`, `противоречив${W}`, `несъгласи${W}`, `скептич${W}`, 'съмнение'],
  },
  'no-evidence': {
    en: [
      F(`(?:no|not any|zero|little|scant|scarce|insufficient|limited|weak|thin|lacking|a lack of|lack of|without|absence of|no good|no solid|no real|no hard)(?=_${gap(4)}${EN_EVIDENCE})`, { opaque: true }),
      'unproven', 'untested', 'unsubstantiated', 'unsupported', 'anecdotal', 'inconclusive', 'mixed results',
      F(`(?:not|never|hasn't|haven't|hasnt|havent|has not|have not|isn't|aren't|wasn't|weren't|is not|are not|was not|were not) (?:yet |been |really |actually |properly |fully |entirely |completely |ever )*(?:proven|demonstrated|shown|studied|tested|established|confirmed|done|conducted|carried out|performed|run|backed|supported)`, { opaque: true }),
      F(`(?:nothing|no one|nobody) (?:has )?(?:to back|proven|tested|studied|run|done|conducted|carried out)`, { opaque: true }), `(?:rests?|resting|based|relies|relying) on (?:a few |only |some |a handful of )?(?:small|tiny|weak)`,
      `(?:${EN_EVIDENCE})(?= (?:is|are|remains?|was|were) (?:still )?(?:lacking|missing|scarce|thin|weak|limited|inconclusive|mixed|sparse|emerging))`,
      'remains? to be (?:proven|seen|shown|confirmed)', 'jury is (?:still )?out', 'in theory', '(?:has|have) yet to be (?:done|conducted|carried out|run|performed|proven|shown)',
      `(?<=(?:trials|studies|research)_${gap(3)}(?:have been|has been|were|are|was|is) (?:very |too |rather |quite |so far )?)(?:tiny|small|few|limited)`,
      `(?:only|just) (?:a few |a handful of |a couple of |some )?(?:small|tiny|little)(?= (?:trials?|studies|experiments))`, `(?:a few|a handful of|a couple of) (?:small|tiny|little)(?= (?:trials?|studies|experiments)(?! ${REPORTS.en}))`,
    ],
    nb: [
      F(`(?:ingen|lite|svak|svake|manglende|mangler|mangel på|savnes|ikke noe|ikke nok|begrenset|sparsom|utilstrekkelig|uten)(?=_${gap(4)}(?:bevis${W}|dokumentasjon${W}|studier|forskning${W}|data|belegg|forsøk|holdepunkt${W}|støtte|vitenskap${W}))`, { opaque: true }),
      `udokumentert${W}`, 'ubevist', 'uavklart', `anekdot${W}`,
      `(?<=(?:studiene|studier|forsøkene|forskningen)_${gap(4)}(?:har vært|var|er) (?:svært |veldig |for |ganske )?)(?:små|få)`, `(?<=(?:studie|studier|studiene|forskning|dokumentasjon|bevis)${W} (?:fortsatt |ennå |enda |foreløpig )?)(?:mangler|savnes)`,
      F(`(?:ikke|aldri) (?:funnet|sett|påvist|vist)(?=_${gap(2)}(?:tegn|bevis|holdepunkt|indikasjon))`, { opaque: true }),
      `(?:bare|kun) (?:noen (?:få )?|et par |få )?små(?= (?:studier|forsøk|undersøkelser))`, `(?:noen få|et par) små(?= (?:studier|forsøk|undersøkelser)(?! ${REPORTS.nb}))`,
      F(`(?:ikke|aldri|ikkje) (?:blitt |vært |godt |tilstrekkelig |helt |nøyaktig |fullt |ennå |enda )*(?:dokumentert|bevist|studert|undersøkt|vist|påvist|testet|gjort|utført|gjennomført|entydig${W})`, { opaque: true }),
    ],
    nn: [F(`(?:ikkje|ingen) ${gap(2)}(?:prov|dokumentert|studiar|forsking)${W}`, { opaque: true })],
    bg: [
      F(`(?:няма|липс${W}|малко|недостатъче?н${W}|ограничен${W}|оскъде?н${W}|без)(?=_${gap(3)}(?:доказателств${W}|данни|проучвания|изследвания|науче?н${W}|подкрепа))`, { opaque: true }),
      `недоказан${W}`, `некатегорич${W}`, `неубедител${W}`, `противоречиви резултати`, `анекдотич${W}`,
      `(?<=(?:проучвания|проучванията|изследвания|изследванията)_${gap(4)}(?:са|бяха|са били) (?:твърде |много |доста )?)(?:малки|малко|недостатъчни)`, `(?<=(?:проучване|проучвания|изследване|изследвания|доказателства)${W} (?:все още |още |засега )?)липсва${W}`,
      F(`не (?:откриват|откриха|са открили|намират|показват|показаха)(?=_${gap(2)}(?:признаци|доказателства|данни|индикации))`, { opaque: true }),
      `(?:само|едва) (?:няколко |шепа )?малки(?= (?:проучвания|изследвания|опита))`, `(?:няколко|шепа) малки(?= (?:проучвания|изследвания|опита)(?! ${REPORTS.bg}))`,
      F(`не (?:е|са|бил|била|били) (?:още |все още |напълно |достатъчно |категорично |добре )*(?:доказан${W}|проучен${W}|изследван${W}|установен${W}|провеждан${W}|правен${W}|направен${W}|проведен${W}|категорич${W}|потвърден${W})`, { opaque: true }),
    ],
  },
  // How long someone has taken it ("for six months", "i to uker", "от две седмици") is a span of
  // use, not a wait before it works.
  'takes-time': {
    en: [
      `${USE_SPAN.en}(?:several |a few |many |two |three |four |six |eight |\\d+ )?(?:weeks|months)`, 'long~term', 'over time', 'takes? (?:some )?time', 'took time', 'patience',
      // Working overnight is the opposite of taking time: "won't work overnight" says it takes time.
      F('overnight', { negated: true }), 'be patient', 'gradual(?:ly)?', 'consisten(?:t|cy)', 'not overnight', `(?:before|until) ${gap(2)}(?:see|notice|feel)(?=_${gap(2)}(?:results?|benefits?|effects?|difference|improvement))`,
      'kick(?:s)? in', 'in the long run', 'a while', 'slowly', `(?:at least |a good |a full )?(?:a|one|two|three|a few|a couple of) (?:months?|weeks?)(?= before)`,
    ],
    nb: [
      `${USE_SPAN.nb}uker`, 'ukene', `${USE_SPAN.nb}måneder${W}`, `langvarig${W}`, `langsiktig${W}`, `tålmodig${W}`, 'etter hvert', 'ta(?:r)? tid', 'over tid', 'gradvis', 'bygge(?:s|r)? opp',
      `før (?:man|du) (?:merker|ser|kjenner)`, 'en stund', 'lang tid', F('over natten', { negated: true }), 'langsomt', 'sakte', `(?:minst |et par |noen )?(?:en|én|ett|to|tre) (?:måned|uke)(?:r)?(?= før)`,
    ],
    nn: ['veker', `månader${W}`, 'ta(?:r)? tid'],
    bg: [`${USE_SPAN.bg}седмици(?:те)?`, `${USE_SPAN.bg}месеца`, `${USE_SPAN.bg}месеци(?:те)?`, `(?:поне |около )?(?:месец|седмица)(?=,? преди)`, `дълготра${W}`, 'продължително', `търпени${W}`, 'постепенно', 'с времето', `отнема${W} време`, 'бавно', 'не веднага', 'дълго време', F('(?:за една нощ|от днес за утре)', { negated: true })],
  },
  'medical-supervision': {
    en: [
      // "Ask your doctor" is advice; "people ask their doctor about it" reports what they do, and
      // is advice only after a modal ("patients should ask their doctor").
      `(?:consult|consulting|ask|asking|talk to|talking to|speak (?:to|with)|check with|checking with|see|seek|discuss)(?!_(?:their|his|her|our|my)_)(?=_${gap(2)}${EN_PROFESSIONAL})`,
      `(?<=(?<![\\p{L}])(?:should|must|ought to|need to|needs to|have to|has to|to|always|first|best|better) (?:always |first |also |still )?)(?:consult|ask|talk to|speak (?:to|with)|check with|see|discuss)(?=_(?:their|his|her|our|my)_${gap(1)}${EN_PROFESSIONAL})`,
      'medical supervision', `(?:under|with) ${gap(2)}supervision`, `supervis${W}`, 'healthcare providers?', 'health care providers?', 'medical professionals?',
      `(?:your|a|with a|with your|by a|by your) (?:own )?(?:doctor|physician|gp|neurologist|pharmacist|clinician)s?`, `doctor's (?:advice|approval|orders|supervision|okay|ok|go-ahead)`,
      F('gp', { accept: exactly('GP') }), 'medical (?:advice|guidance|oversight|follow-up)', 'monitor(?:ed|ing)',
    ],
    nb: [
      '(?:legen|lege) din', 'din lege', '(?:med|til|hos|fra) (?:en |din )?lege(?:n)?', B(`fastlege${W}`), `helsepersonell${W}`, `medisinsk${W} (?:oppfølging|tilsyn|kontroll|veiledning)`, 'tilsyn', `rådfør${W}`, 'oppfølging', `konsulter${W}`,
      B(`legetilsyn${W}`), B(`legekontroll${W}`), `(?:med|til|hos) (?:en |din )?nevrolog(?:en)?`,
    ],
    nn: [`(?:med|til|hos) (?:ein |din )?lækjar${W}`, 'legen din'],
    bg: [
      `(?:с|със|от|при|към|на) (?:\\p{L}+ )?лекар(?:я|ят|и|ите|ка|ката)?`, `(?<!(?<![\\p{L}])(?:пита|питат|питам|питаме|питах|питаха|попита|попитах|попитаха|попитахме|посещава|посещават|посетих|посети) )лекаря си`, `личния(?:т)? (?:си )?лекар`, `лекарск${W} (?:контрол|надзор|наблюдение|съвет)${W}`, `консулт${W}`, `медицинск${W} (?:наблюдение|контрол|надзор|специалист|съвет|консултация)${W}`, `под ${gap(1)}(?:наблюдение|контрол|надзор)`,
      `(?:с|със|от|при|към|на) (?:\\p{L}+ )?(?:специалист|невролог)${W}`,
    ],
  },
  common: {
    en: [
      'common(?:ly)?', 'widespread', 'frequent(?:ly)?', 'prevalen(?:t|ce)', '(?:so |very |a great |a good )?many (?:of us|people|adults|americans|folks|patients)', '(?:lots|plenty) of (?:us|people)', 'most of us', 'a (?:large|big|huge) (?:number|share|proportion|part) of (?:people|us|the population|adults)', 'most (?:people|individuals|adults|americans|of us)', 'a lot of people',
      'millions', 'ubiquitous', 'rife', 'the norm', F('not (?:uncommon|rare|unusual)', { opaque: true }), 'more than half', 'majority',
      F('(?:rare|uncommon|unusual)', { negated: true }),
    ],
    nb: [`vanlig${W}`, `utbredt${W}`, `hyppig${W}`, '(?:veldig |svært |ganske )?mange (?:mennesker|personer|folk|nordmenn|av oss|pasienter|voksne|barn|kvinner|menn|eldre)', '(?:en )?(?:stor|betydelig|høy) andel', 'de fleste av oss', `alminnelig${W}`, F('ikke (?:uvanlig|sjelden)', { opaque: true }), 'de fleste', 'flertallet', F(`(?<=(?<![\\p{L}])(?:er|var|blir|ble|ganske|svært|veldig|nokså|temmelig|heller) )(?:sjelden|sjeldne|sjeldent|uvanlig${W})`, { negated: true })],
    nn: [`vanleg${W}`, 'mange'],
    bg: [`(?:най-)?чест(?:и|а|ото|ият|ия|ите|ата)`, 'най-често', `често срещан${W}`, `разпространен${W}`, `обичай${W}`, 'много хора', 'много от нас', 'мнозина', 'голяма част от (?:хората|населението|нас|възрастните|децата|жените|мъжете)', '(?:значителна|голяма) част', `мнозинство${W}`, F('не е рядк(?:ост|о)', { opaque: true }), 'повечето хора', F(`(?:рядк${W}|рядко|необичай${W})`, { negated: true })],
  },
  'cause-unknown': {
    en: [
      F(`(?:exact |precise |underlying |real |true |root )?(?:cause|causes|origins?|mechanism|mechanisms|reason|reasons|trigger mechanism)(?=_${gap(5)}(?:unknown|unclear|uncertain|obscure|not (?:fully |entirely |completely |yet |well )?(?:known|understood|clear|established)|(?:still |largely |something of |a |an )*(?:mystery|enigma|puzzle)|poorly understood|debated|elusive))`),
      F(`(?:unknown|unclear|uncertain|mysterious|not (?:fully |entirely |completely |yet |well )?(?:known|understood|clear))(?=_${gap(3)}(?:cause|causes|why|origins?|mechanism|what (?:causes|triggers|sets off)))`, { opaque: true }),
      F(`(?:nobody|no one|no-one|science|researchers|scientists|doctors|we|experts) (?:still |really |truly |yet )*(?:knows?|understands?|(?:don't|do not|can't|cannot) (?:\\S+ )?(?:know|say|understand|explain|pin down))(?=_${gap(3)}(?:why|what|how|the cause|exactly))`, { opaque: true }),
      F(`(?:not|never|isn't|wasn't) (?:fully |entirely |completely |yet |well |been )*(?:known|understood|explained|clarified|established)(?<=(?:cause|causes|why|origins?|mechanism|mechanisms|reason)${W}_${gap(6)}${W})`, { opaque: true }),
      'mystery', 'poorly understood', 'still debated', 'remains? (?:unclear|unknown|a mystery|elusive)', 'idiopathic',
    ],
    nb: [
      F(`(?:årsak${W}|mekanism${W}|grunn${W}|opphav${W}|forklaring${W})(?=_${gap(5)}(?:ukjent${W}|uklar${W}|usikker${W}|ikke (?:helt |fullt |nøyaktig |kjent |klar${W})+|ikkje (?:heilt |kjent )+|et mysterium|gåte${W}))`),
      F(`(?:vet|veit|kjenner) (?:[\\p{L}]+ ){0,2}(?:ikke|ikkje)(?: (?:helt|nøyaktig|sikkert|eksakt|heilt))?(?=_${gap(3)}(?:årsak|hvorfor|kvifor|hva som|hvordan|mekanism))`, { opaque: true }),
      F(`(?:ingen|ikke noen) (?:vet|veit|kjenner)`, { opaque: true }),
      F(`(?:ukjent${W}|uklar${W}|usikker${W}|uavklart${W}|ikke (?:helt |fullt |nøyaktig )?(?:kjent|klart|avklart|forstått|kartlagt))(?=_${gap(3)}(?:årsak|hvorfor|hva som|mekanism|opphav))`, { opaque: true }),
      'et mysterium', 'ukjent årsak', 'uklar årsak', 'ikke helt forstått',
      F(`(?:kan|klarer) (?:fortsatt |ennå |enda |ikke )*(?:ikke|ikkje) (?:si|forklare|svare på) (?:nøyaktig |helt |sikkert )?(?:hvorfor|hva som)`, { opaque: true }),
    ],
    nn: [F(`(?:veit|kjenner) (?:vi |ein |forskarane )?ikkje(?=_${gap(3)}(?:årsak|kvifor|kva som|korleis))`, { opaque: true }), `ukjend${W}`],
    bg: [
      F(`(?:причин${W}|механизм${W}|произход${W}|етиологи${W})(?=_${gap(6)}(?:неизвест${W}|неясе?н${W}|неизяснен${W}|не е (?:напълно |съвсем |още |добре )*(?:изяснен${W}|ясе?н${W}|известе?н${W}|разбран${W}|установен${W})|загадка|мистерия))`),
      F(`(?:неизвест${W}|неясе?н${W}|неизяснен${W}|не е (?:напълно |съвсем |още |добре )*(?:изяснен${W}|ясе?н${W}|известе?н${W}|разбран${W}))(?=_${gap(3)}(?:причин|защо|механизм|какво (?:причинява|отключва|предизвиква)))`, { opaque: true }),
      F(`(?:никой не знае|не знаем|не се знае|не е известно)(?=_${gap(3)}(?:защо|какво|как|причин|точно))`, { opaque: true }),
      F(`не е (?:напълно |съвсем |още |добре )*(?:изяснен${W}|ясе?н${W}|известе?н${W}|разбран${W})(?<=(?:причин|механизм|произход)${W}_${gap(9)}${W})`, { opaque: true }),
      'загадка', 'мистерия', `идиопатич${W}`,
      F(`(?:не може|не могат|не можем|не може още) да (?:каже|кажат|обясни|обяснят) (?:\\S+ )?(?:защо|какво)`, { opaque: true }),
    ],
  },
} satisfies LexiconPart;
