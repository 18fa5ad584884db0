import { B, F, W, gap, type LexiconPart } from './types.ts';

/**
 * Predicates about effects: prevention, relief, blocking, raising and lowering, association and
 * causation, calming, cure (absorption is in predicates-absorption.ts). Multi-word predicates that would swallow another concept's word
 * ("reduce [migraine] frequency") consume only the verb and check the rest with a lookahead.
 */

const EN_FREQ = '(?:frequency|severity|intensity|number|duration|how often|attack rate|occurrence|incidence|migraine days|headache days|migrain|headaches?|attacks?|episodes?|seizures?|fits|flare-?ups?)';
const NB_FREQ = `(?:hyppighet|frekvens|antall|alvorlighet|intensitet|varighet|styrke|anfall|migren|hodepine|epileptisk${W} anfall|kramper)`;
/**
 * "Helps" before a verb of upkeep ("helps bring down CGRP", "helps keep bones strong") is not
 * relief: the verb after it says what is claimed.
 */
const EN_HELP_TO = '(?:bring|keep|regulate|control|maintain|balance|stabili[sz]e|build|produce|form|transport|convert|activate|turn|move|make|carry)(?![\\p{L}])';
const NB_HELP_TO = '(?:holde|regulere|kontrollere|opprettholde|bygge|produsere|danne|transportere|omdanne|aktivere|stabilisere|lage|frakte)(?![\\p{L}])';
const BG_HELP_TO = `(?:регулира|поддържа|контролира|изгражда|произвежда|образува|пренася|превръща|активира|стабилизира)${W}`;

/** Measures of attacks only: soft verbs (ease, облекчава) with the condition itself are relief. */
const EN_MEASURE = '(?:frequency|severity|intensity|number|duration|how often)';
const BG_MEASURE = `(?:честот|тежест|интензитет|брой|продължителност|силата)`;
const BG_FREQ = `(?:честот|тежест|интензитет|брой|продължителност|силата|пристъп|мигрен|главобол|атак|епизод|епилептичн${W} припад|припад|гърч)`;

export const PREDICATES_EFFECT = {
  prevention: {
    en: [
      'prevent(?:s|ed|ing|ion|ive|ative|atives)?', `prophyla${W}`, `(?:stop|stops|stopped|stopping|halt|halts)(?=_${gap(2)}(?:attacks?|migraines?|headaches?|seizures?|episodes?|cramps?))`, 'ward(?:s|ing|ed)? off', 'stav(?:e|es|ed|ing) off', `keep(?:s|ing)?(?=_${gap(2)}at bay)`,
      'kept at bay', `avert${W}`, `keep(?:s|ing)?(?=_${gap(2)}from_(?:coming|returning|starting|happening|occurring|recurring))`, 'head(?:s|ing|ed)? off', `(?:stop|stops|stopping|stopped)(?=_${gap(3)}(?:before (?:they|it)|from (?:starting|happening|occurring|coming)))`,
      'protect(?:s|ing|ive|ion)? against', 'protective', `preempt${W}`, `pre-empt${W}`, 'preventer', 'nip (?:\\S+ )?in the bud',
    ],
    nb: [
      B(`forebygg${W}`), `forhindr${W}`, `hindr${W}`, `stopp${W}(?=_${gap(2)}(?:anfall|migren|hodepine|kramp))`, `profyla${W}`, `unngå${W}`, `holde${W}(?=_${gap(2)}unna)`, 'beskytte(?:r|t)? mot', `verne${W} mot`,
      `forebyggende`, `forebygging${W}`,
    ],
    nn: [B(`førebygg${W}`), 'hindre', `unngå${W}`],
    bg: [
      `профилакт${W}`, `превенци${W}`, `предотврат${W}`, `спира${W}(?=_${gap(2)}(?:пристъп|мигрен|главобол|припад|крамп))`, `предпаз${W}`, `превантив${W}`, `държ${W}(?=_${gap(2)}(?:настрана|далеч))`, `протектор${W}`, `предотвратяване`, `защит${W} срещу`,
      `избягва${W}(?=_${gap(2)}(?:пристъп|мигрен|атак))`, F(`(?:да )?не се (?:връща|върне|появява|появи|повтаря|повтори)${W}`, { opaque: true }),
    ],
  },
  'reduces-frequency': {
    en: [
      'fewer', 'less (?:often|frequent(?:ly)?|severe|intense|debilitating|regular|bad|disabling|brutal|awful|horrible|crippling|harsh|nasty|vicious)',
      F(`(?:zero|no|not any|not one bit of|little|hardly any) (?:real )?(?:change|difference|improvement|reduction|drop) in (?:how often|how many|the (?:number|frequency|severity))`, { negated: true, opaque: true }), F('less painful', { also: ['pain'] }), 'milder', 'shorter', 'rarer', 'more rarely', 'less and less',
      F('not as (?:often|frequent|severe|bad|intense|painful)', { opaque: true }),
      `(?:reduc${W}|decreas${W}|lower(?:s|ed|ing)?|cut(?:s|ting)?|cut down|drop${W}|declin${W}|lessen${W}|diminish${W}|halv${W}|halve|shrink${W}|bring(?:s|ing)? down|brought down|minimi[sz]${W}|curb${W}|slash${W}|trim${W})(?!_(?:the_|its_|their_)?(?:levels?|concentrations?|amounts?|release|production)(?![\\p{L}]))(?=_${gap(4)}${EN_FREQ})`,
      `(?:tame${W}|ease)(?=_${gap(2)}${EN_MEASURE})`,
      `(?:frequency|severity|intensity|number|duration|incidence)(?=_${gap(5)}(?:reduc${W}|decreas${W}|fell|dropped|declined|went down|lower${W}|shrank|halved|dropping|falling))`,
      `(?:reduction|decrease|drop|decline|fall|cut)s?(?= in ${gap(3)}${EN_FREQ})`,
      `(?<=(?<![\\p{L}])(?:attacks|episodes|migraines|headaches|days|frequency) (?:have |has |had |then |soon )?(?:\\S+ )?)(?:dropped|fallen|fell|gone down|went down|decreased|declined|halved|plummeted|plunged|dwindled|shrunk|shrank|come down|came down)`,
      `(?:dropped|fallen|fell|went|gone|come|came|decreased|declined|plummeted|plunged|down)(?= (?:down )?from_(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|several)(?![\\p{L}]) ${gap(3)}to_)`,
      `(?:days|attacks|episodes) (?:a|per) month`,
      `(?:instead of|down from|rather than)(?=_(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)(?![\\p{L}]))`,
    ],
    nb: [
      F(`(?:null|ingen|ikke noen|ikkje nokon) (?:\\S+ )?(?:forskjell|endring|bedring|nedgang) (?:på|i) (?:hvor ofte|antall|hyppighet|frekvens)`, { negated: true, opaque: true }),
      'færre', 'sjeldnere', 'mildere', 'kortere', 'svakere', `mindre (?:hyppig${W}|alvorlig${W}|intens${W}|kraftig${W}|smertefull${W}|ofte|plagsom${W}|sterk${W})`,
      F('(?:ikke|ikkje) (?:lenger )?så (?:ofte|hyppig|kraftig|sterk|ille|intens)', { opaque: true }),
      `(?:reduser${W}|minske${W}|minsk${W}|senke${W}|kutte${W}|halvere${W}|halvert${W}|dempe${W}|begrense${W})(?!_(?:nivå${W}|konsentrasjon${W}|mengde${W}|utskillelse${W}|frigjøring${W}|produksjon${W})(?![\\p{L}]))(?=_${gap(4)}${NB_FREQ})`,
      `(?:hyppighet|frekvens|antall|alvorlighetsgrad|intensitet|varighet)${W}(?=_${gap(5)}(?:gikk ned|sank|falt|redusert${W}|minsket|ble redusert|halvert|gått ned))`,
      `(?:reduksjon|nedgang|færre)${W}(?= i ${gap(3)}${NB_FREQ})`,
      `(?:i stedet for|istedenfor|ned fra)(?=_(?:\\d+|ett|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)(?![\\p{L}]))`,
    ],
    nn: ['færre', 'sjeldnare', 'mildare'],
    bg: [
      F(`(?:никаква|няма|без) (?:\\S+ )?(?:разлика|промяна|подобрение|намаление) (?:в|на) (?:това )?(?:колко често|честотата|броя)`, { negated: true, opaque: true }),
      `по-редк${W}`, 'по-рядко', `по-слаб${W}`, `по-лек${W}`, `по-кратк${W}`, `по-малко тежк${W}`,
      `(?:намал${W}|понижава${W}|съкраща${W}|ограничава${W}|редуцира${W})(?!_(?:нива${W}|ниво${W}|концентраци${W}|количество${W}|отделяне${W}|освобождаване${W})(?![\\p{L}]))(?=_${gap(4)}${BG_FREQ})`, `облекчава${W}(?=_${gap(2)}${BG_MEASURE})`,
      `(?:честота${W}|тежест${W}|интензитет${W}|брой${W})(?=_${gap(5)}(?:намал|спад|понижи|намаля))`,
      `по-малко(?=_${gap(2)}(?:пристъп|мигрен|атак|епизод|дни|главобол))`,
      `(?:вместо|спрямо)(?=_(?:\\d+|един|два|две|три|четири|пет|шест|седем|осем|девет|десет)(?![\\p{L}]))`,
      F(`не толкова (?:често|силе?н${W}|тежк${W}|чест${W})`, { opaque: true }),
    ],
  },
  relief: {
    en: [
      `reliev${W}`, 'relief', 'eas(?:e|es|ed|ing)', 'helpful', `help(?:s|ed|ing)?(?! (?:to )?${EN_HELP_TO})`, `(?<!(?<![\\p{L}])(?:several|various|different|possible|available) )treat(?:s|ed|ing|ment|ments)?(?! (?:options?|choices?|plans?|alternatives?)(?![\\p{L}]))`, `improv${W}`, `alleviat${W}`, `sooth${W}`,
      `benefi${W}`, 'effective(?:ly|ness)?', 'efficacy', 'efficacious', 'work(?:s|ed)? (?:for|against|on|wonders|well|better)',
      'remed(?:y|ies)', `therap${W}`, 'positive (?:effect|results?|impact)', 'good results?', 'useful', `(?:made|make|makes|making) a ${gap(1)}difference`,
      'does wonders', `tackl${W}`, `fight${W}`, `combat${W}`, 'manag(?:e|es|ed|ing|ement)', 'counteract(?:s|ed|ing)?', 'aid(?:s|ed)?',
      `mitigat${W}`, 'get(?:s|ting)? rid of', 'take(?:s)? the edge off', `(?<=(?:cramps?|pains?|aches?|headaches?|migraines?|spasms?|twitch(?:es|ing)|tics) (?:are |were |is |was |have |has |had )?(?:all |completely |totally |basically |pretty much |mostly |almost |finally )?)(?:gone|vanished|disappeared)`, 'lifesaver', 'game[- ]changer', `(?:made|make|makes|making) (?:a |any |much of a |a real |a big )?dent in`, `sort(?:s|ed|ing)? (?:(?:it|them|that) )?out`, `fix(?:es|ed|ing)?(?=_${gap(2)}(?:\\S+_)?(?:pain|cramps?|migraines?|headaches?|legs|sleep|problem|it|them))`, F(`(?:knocks?|knocked) (?:me|you|them|him|her) out`, { also: ['sleep'] }), `(?:woke|wake|wakes|waking) up (?:\\S+ )?without`, `(?:did|does|do)(?= what ${gap(3)}(?:never|couldn't|could not|didn't|did not|can't))`, `finally (?:worked|kicked in|helped)`, 'take(?:s|n)? care of', 'keeps? (?:\\S+ )?under control', 'under control',
      F(`(?:doesn't|does not|didn't|did not|won't|can't) (?:even |really )?touch`, { negated: true, opaque: true }), F(`(?:zero|not one bit of) (?:difference|effect|change|improvement)`, { negated: true, opaque: true }), `(?:break|breaks|breaking|broke|abort|aborts|aborted|aborting|stop|stops|stopped|cut short|cuts short)(?=_${gap(2)}(?:attacks?|migraines?|headaches?|cycle))`, 'loosen(?:s|ed|ing)?(?: up)?', 'promising', 'works', 'worked', 'answer to', 'solutions?', 'respond(?:s|ed)? (?:well )?to', 'promot(?:e|es|ed|ing)(?= (?:better |deeper |restful )?sleep)', '(?:better|deeper|sounder|more restful)(?= sleep)', `(?<=(?<![\\p{L}])(?:sleep|sleeps|sleeping|slept) (?:any |much |a lot |far |way |a bit |a little |so much )?)(?:better|more soundly|more deeply|soundly|deeply|through the night|like a (?:baby|log|rock|stone))`, `(?:disappear${W}|vanish${W}|go(?:ne|es)? away|went away|clear(?:s|ed)? up|a thing of the past)`, 'good for', 'great for', 'useful for', 'easier(?= to (?:fall asleep|sleep|drift off|relax|unwind|cope))', 'support(?:s|ed|ing)? (?:\\S+ )?(?:health|sleep|recovery)',
      F('(?:ineffective|useless|worthless|pointless|a waste of money)', { negated: true }),
      F('(?:does|did|do) (?:absolutely |really |just |virtually |practically )?nothing', { negated: true, opaque: true }), 'dull(?:s|ed|ing)?',
      F(`(?:did|does|do|has|have)(?:n't| not) (?:really |much |noticeably )?(?:change|changed|budge|budged|shift|shifted)|(?:remained|remain|remains|stayed|stay|was|were) (?:largely |mostly |essentially |virtually )?(?:unchanged|the same)|no (?:real |noticeable |significant )?change`, { negated: true, opaque: true }),
      'do(?:es)? (?:anything|much|a thing|any good|the trick)', 'make(?:s)? (?:any|a|much of a|no) difference',
      F(`no (?:real |noticeable |significant |measurable )?(?:effect|benefit|difference|improvement|help|use|relief)`, { negated: true, opaque: true }),
    ],
    nb: [
      B(`lindr${W}`), `hjelp(?:e|er|es|te|t)?(?! (?:til )?(?:med )?(?:å )?${NB_HELP_TO})`, 'hjelpsom(?:t|me)?', 'hjalp', 'hjulpet', `(?<!(?<![\\p{L}])(?:flere|ulike|forskjellige|aktuelle|mulige) )(?!behandlings(?:alternativ|mulighet|valg|plan))behandl${W}`, `bedring${W}`, `forbedr${W}`, 'effekt(?:en|er|ene|iv|ive|ivt)?',
      'virk(?:er|et|e|ning|ningen|som|somt)', `terapi${W}`, `terapeutisk${W}`, `motvirk${W}`, `nytte${W}`, `nyttig${W}`, `positiv${W} (?:effekt|virkning)${W}`,
      `gode? resultat${W}`, 'fungerer', 'fungerte', 'virker bedre', 'fungerer bedre', `(?<=(?<![\\p{L}])(?:ble|blir|var|er|gikk|føltes|føles|har blitt)_(?:[\\p{L}]+_)?)bedre`, F(`(?:forble|var|ble) (?:stort sett |omtrent )?(?:uendret|uforandret|det samme)|ingen (?:merkbar |reell )?endring`, { negated: true, opaque: true }), `lettere(?=_(?:å_)?(?:sovne|sove|slappe|takle))`, '(?:bedre|dypere)(?= søvn)', `(?<=(?<![\\p{L}])(?:sove|sover|sov|sovet) )(?:bedre|godt|dypere|tungt|som en stein|som et barn|som en stokk|som en baby)`, 'løsning(?:en)?', 'nyttig mot', `fikse${W}`, 'fikset', `(?:slapp|slipper|sluppet|slippe) unna`, `gjør${W} underverker`, `bite${W}(?= (?:ikke |ikkje )?på)`, `biter(?= (?:ikke |ikkje )?på)`, `under kontroll`, F(`(?<=(?:klarte|klarer) det ${gap(3)})(?:aldri|ikke) (?:fikk|får|klarte) til`, { opaque: true }), `(?:endelig|til slutt) (?:virket|hjalp|fungerte)`, F(`null (?:forskjell|effekt|endring|bedring)`, { negated: true, opaque: true }), `(?:bryte|bryter|brøt|avbryte|avbryter|stoppe|stopper)(?=_${gap(2)}(?:anfall|migren|hodepine))`, `løsne${W}`, `(?:forsvinn${W}|forsvant|forsvunnet|gikk over(?! til)|går over(?! til)|ble borte|blitt borte|en saga blott)`, 'hjelpemiddel', 'fin(?:t)? (?:mot|for)', `god (?:mot|for)`, 'bra (?:mot|for)', `(?:lette|dempe)(?:r|t|s)?(?=_${gap(2)}(?:symptom|plag|smert|migren|hodepine|anfall|muskel|kramp|spasm|rykning))`,
      F(`(?:virkningsløs${W}|uvirksom${W}|ubrukelig${W}|nytteløs${W}|bortkastet${W})`, { negated: true }),
      F(`ingen (?:\\S+ )?(?:effekt|virkning|nytte|bedring|hjelp|lindring)`, { negated: true, opaque: true }),
      F(`(?<=(?<![\\p{L}])(?:gjør|gjorde) (?:[\\p{L}]+ )?(?:absolutt |overhodet |rett og slett )?)(?:ingenting|ikke noe|ikkje noko)`, { negated: true, opaque: true }),
    ],
    nn: ['hjelpa', 'hjelper', 'verkar', `handsam${W}`, 'lindrar', 'betring'],
    bg: [
      `облекч${W}`, `помага${W}(?! (?:да|за) (?:се )?${BG_HELP_TO})`, `помогн${W}`, `помогна${W}`, 'помощ', `(?<!(?<![\\p{L}])(?:възможност|възможности|вариант|варианта|варианти|методи|начини) за )лечени${W}`, `лекува${W}`, `лечеб${W}`, `терапи${W}`, `терапевтич${W}`,
      `подобр${W}`, `положител${W} (?:ефект|ефекти|резултат|влияние|действие)${W}`, `ефективе?н${W}`, `ефикас${W}`, `уталож${W}`, `смекчава${W}`,
      `справя${W}`, `овладява${W}`, `полез${W}`, 'полза(?:та)?', 'работи', 'действа по-добре', F(`(?:остана|останаха|остава|остават) (?:почти |практически )?(?:непроменен${W}|същ${W})|(?:никаква|няма) промяна`, { negated: true, opaque: true }), `по-лесно(?=_(?:да_)?(?:заспи|заспя|заспим|заспите|заспят|спи|се_отпусне))`, `(?<=(?<![\\p{L}])(?:заспи|заспя|заспим|заспите|заспят|заспива|заспиват)_)по-лесно`, '(?:по-добър|по-дълбок|по-спокоен)(?= сън)', `(?<=(?<![\\p{L}])(?:спи|спят|спим|спя|спиш|спите|спа|спали) )(?:по-добре|по-дълбоко|спокойно|добре|като бебе|като къпан|като заклан)`, `решение${W}`, 'повлияване', `оправ(?:и|я|ят|иха|ило)`, `прав${W} чудеса`, F(`(?:се )?събуди${W} без`), `направи (?:това|онова), което`, 'под контрол', `(?:най-накрая|накрая) (?:подейства|помогна|проработи)`, F(`(?:никаква|нулева) (?:разлика|промяна|полза)`, { negated: true, opaque: true }), `(?:прекъсн|прекъсва|спр)${W}(?=_${gap(2)}(?:пристъп|мигрен|главобол))`, `(?:изчезва${W}|изчезна${W}|изчезнаха|отминава${W}|отшумява${W}|отшумя${W})`, `благоприят${W}`, 'ефект(?:а|ът|и|ите)?', `облекчение${W}`,
      F(`(?:неефектив${W}|безполез${W})`, { negated: true }),
      F(`(?:без|няма|никакъв) (?:\\S+ )?(?:ефект|полза|подобрение)${W}`, { negated: true, opaque: true }),
      F(`не (?:прави|направи|помага с) (?:абсолютно )?нищо`, { negated: true, opaque: true }),
    ],
  },
  blocks: {
    en: [
      'block(?:s|ed|ing|ade|age|er|ers)?', `inhibit${W}`, `antagoni${W}`, `suppress${W}`, 'plug(?:s|ging|ged)?', 'shut(?:s|ting)? (?:down|off)',
      `(?:prevent${W}|stop${W}|keep${W}|keeps)(?=_${gap(3)}from (?:entering|flowing|passing|getting|rushing|flooding|reaching|binding|activating))`,
      `keep(?:s|ing)?(?=_${gap(2)}out)`, `gate-?keep${W}`, '(?:cork|stopper|plug|lid|bouncer|doorman|gate|lock)s?(?= (?:in|on|for|of) )', `(?:sit|sits|sitting|sat|lodge|lodges|lodging|lodged|settle|settles|settling|nestle|nestles|perch|perches)(?=_(?:in|on|inside|into)_${gap(2)}(?:nmda|receptor|channel))`, 'keeps? (?:\\S+ )?in check', 'damp(?:s|ed|ing)? down', 'sits in', `occup(?:y|ies) ${gap(1)}channel`,
    ],
    nb: [
      'blokk(?:er|ere|erer|erte|ert|ering|eringen|ade|aden)', `portvakt${W}`, '(?:propp|plugg|kork|lokk|dørvakt)(?:en)?(?=_(?:i|på|for)_)', `(?:sette|setter|satte|sitter|legger|la)(?=_(?:seg_)?(?:i|på|inn_i)_${gap(2)}(?:nmda|reseptor|kanal))`, `(?:holder|holde|stenger|stenge|sperrer|sperre)(?=_${gap(2)}(?:ute|ut)(?![\\p{L}]))`, `hemm${W}`, `antagonis${W}`, `steng${W}`, `sperr${W}`, `undertrykk${W}`,
      `(?:hindre${W}|hindr${W}|stoppe${W}|stopper)(?=_${gap(3)}(?:i å|fra å) (?:komme|strømme|trenge|binde))`,
    ],
    bg: [`блокира${W}`, `блокад${W}`, `блокер${W}`, `(?:тапа|запушалка|пазач|вратар)(?:та)?(?=_(?:в|на|за)_)`, `(?:настанява${W}|сяда|седи|заема)(?=_(?:се_)?(?:в|на|във)_${gap(2)}(?:nmda|нмда|рецептор|канал))`, `блокиран${W}`, `потиска${W}`, `потискан${W}`, `инхибир${W}`, `инхибици${W}`, `възпрепятства${W}`, `запушва${W}`, `антагонис${W}`, 'спира', 'спират', 'пречи'],
  },
  reduces: {
    en: [
      'reduc(?:e|es|ed|ing|tion|tions)', `decreas${W}`, 'lower(?:s|ed|ing)?', `diminish${W}`, 'cut(?:s|ting)? (?:down|back)', 'drop(?:s|ped|ping)?',
      'fall(?:s|ing|en)?', 'fell', `declin${W}`, `curb${W}`, `dampen${W}`, 'tone(?:s|d)? down', 'bring(?:s|ing)? down', 'brought down', `lessen${W}`,
      `weaken${W}`, `slash${W}`, 'offset(?:s|ting)?', `minimi[sz]${W}`, 'limit(?:s|ed|ing)?', 'go(?:es)? down', 'went down', 'lowering',
      'less(?= (?:tired|fatigued|exhausted|stressed|anxious|tense|sore|achy|irritable|depressed|nervous|restless|worn out))',
      // "people ate far more magnesium than we do today": less now than then.
      `(?<=(?<![\\p{L}])(?:more|higher|greater)_${gap(4)})than (?:we |people |most people |you |they |modern diets )?(?:do |did |eat |get |consume |provide )?(?:today|now|nowadays)`, `used to (?:eat|get|consume)(?= (?:far |much |a lot |way |considerably )?more)`,
      `(?<=(?<![\\p{L}])(?:less|fewer|lower)_${gap(4)})than (?:our |their |your |in )?(?:grandparents|great-grandparents|ancestors|forebears|parents|the past|before|a century ago|\\d+ years ago|a hundred years ago|we used to|people used to|previous generations)`,
    ],
    nb: [
      B(`reduser${W}`), B(`reduksjon${W}`), `minsk${W}`, `senk${W}`, `demp${W}`, `nedsatt${W}`, 'lavere', `svekk${W}`, `avta${W}`, `synk${W}`, 'sank',
      'fall(?:e|er)', 'falt', 'sunket', 'gått ned', 'går ned', 'gikk ned',
      `mindre(?=_(?:sliten|slitne|trøtt|trøtte|stresset|engstelig${W}|anspent${W}|deprimert${W}|støl${W}|plaget|urolig${W}))`, `(?<=mer_${gap(4)})enn (?:vi |folk |man |dagens kosthold )?(?:gjør |spiser |får )?(?:i dag|nå|nåtildags)`, `(?<=mindre_${gap(5)})enn (?:for (?:\\S+ )?(?:år|tiår|generasjoner) siden|før|tidligere|før i tiden|besteforeldrene (?:våre|mine)|våre besteforeldre)`, `(?:gjør|gjorde|blir|ble|føler|følte|kjenner)(?=_${gap(3)}mindre_)`, `begrens${W}`, `motvirk${W}`,
    ],
    bg: [
      `намал${W}`, `понижа${W}`, `понижен${W}`, `снижава${W}`, `спад${W}`, `редуцира${W}`, `отслабва${W}`, `ограничава${W}`, `по-ниск${W}`, `смъква${W}`,
      `сваля${W}`, `по-малко(?=_(?:уморен${W}|стресиран${W}|напрегнат${W}|тревож${W}|изтощен${W}))`, `(?<=повече_${gap(4)})(?:отколкото|от) (?:\\S+ )?(?:днес|сега|в наши дни)`, `(?<=по-малко_${gap(5)})(?:отколкото|от) (?:преди|в миналото|едно време|нашите баби|дедите ни)`,
    ],
  },
  increases: {
    en: [
      `increas${W}`, 'rais(?:e|es|ed|ing)', `elevat${W}`, `boost${W}`, `heighten${W}`, 'higher', 'ris(?:e|es|ing|en)', 'rose', 'surg(?:e|es|ed|ing)',
      'spik(?:e|es|ed|ing)', `amplif${W}`, 'go(?:es)? up', 'went up', `potentiat${W}`, `enhanc${W}`, 'releas(?:e|es|ed|ing)', 'flood(?:s|ed|ing)?',
      'exaggerated', 'greater', `upregulat${W}`, `worsen${W}`, `aggravat${W}`, `exacerbat${W}`, 'excessive', 'more active', 'overproduc(?:e|es|tion)',
    ],
    nb: [
      '(?:for)?øk(?:e|er|es|et|t|te|ning|ningen|ende)', 'høyere', `hev${W}`, `styrk${W}`, `forsterk${W}`, `stig${W}`, 'steg', `frigj${W}`,
      `slipp(?:es|er|e)?(?=_${gap(2)}(?:løs|ut))`, 'går opp', 'gikk opp', `forverr${W}`, `mer aktiv${W}`,
    ],
    bg: [`повиш${W}`, `увелич${W}`, `засил${W}`, `потенцира${W}`, `по-висок${W}`, `покачва${W}`, `нараства${W}`, `освобожд${W}`, `отделя${W}`, `влошава${W}`, `вдига${W}`, `прекомере?н${W}`],
  },
  'linked-to': {
    en: [
      `link${W}`, `associat${W}`, `connect${W}`, `correlat${W}`, 'relat(?:ed|ion|ionship|ionships)', 'tied to', 'ties? (?:in )?with', `ti(?:e|es|ed|ing)(?=_${gap(3)}to_)`, `(?:has|have|had) ${gap(1)}to do with`,
      'implicated', 'involved', 'involvement', `play(?:s|ed|ing)? ${gap(2)}roles?`, 'roles?(?= (?:in|of))', 'go(?:es)? hand in hand', 'relevant', 'factor',
      `(?:seen|observed|found|noted|detected|present|reported|documented)(?= (?:in|among) )`, 'in common with',
      'affect(?:s|ed|ing)?', `influenc${W}`, 'matters? for', 'part in', 'bound up with', 'mixed up in', 'interplay',
      `explain${W}(?= (?:why|how) )`, 'pieces? of the (?:\\S+ )?puzzle', '(?:inter)?woven (?:into|with)', `intertwin${W}`, `entangl${W}`, 'wrapped up in', 'at the (?:heart|core|centre|center) of', 'central to', `part(?= of the_${gap(1)}(?:picture|puzzle|story|biology|mechanism|process))`,
    ],
    nb: [
      B(`sammenheng${W}`), `knytt${W}`, `forbund${W}`, `assosi${W}`, `relater${W}`, `kobl${W}`, `korrel${W}`, 'i forbindelse med', 'henger sammen',
      'har (?:noe )?med', F(`har (?:ingenting|ikke noe|ikkje noko|lite) (?:\\S+ )?med`, { negated: true, opaque: true }), `rolle(?:n)?(?=_(?:i|for|ved))`, `spill${W}_${gap(2)}rolle${W}`, `involvert${W}`, `påvirk${W}`, `innvirk${W}`, 'har å si for', 'har betydning for', `(?:sett|funnet|observert|påvist|registrert)(?= (?:hos|blant|ved) )`, `betydning${W}`,
      `(?:vevd|flettet|vevet) (?:inn )?(?:i|sammen med)`, 'sentral(?:t|e)? (?:i|for)', 'i (?:kjernen|hjertet|sentrum) av', `brikke${W}(?= (?:i|som))`, `forklar${W}(?= (?:hvorfor|hvordan))`,
    ],
    nn: [B(`samanheng${W}`), 'knytt'],
    bg: [
      `свързан${W}`, `свързва${W}`, `асоциира${W}`, `асоцииран${W}`, 'връзка(?:та)?', 'връзки(?:те)?', 'отношение', `корелира${W}`, `корелаци${W}`,
      'рол(?:я|ята)(?=_(?:в|във|за|при))', `игра${W}_${gap(2)}рол(?:я|ята)`, `обвърза${W}`, `зависи${W}`, `влия${W}`, `влиян${W}`, `повлиява${W}`, `значение за`, `(?:наблюдава${W}|установен${W}|открит${W}|откриват|среща${W})(?= (?:при|сред|у) )`, `замесен${W}`, `участва${W}`, F(`(?:няма|нямат) нищо общо`, { negated: true, opaque: true }), '(?:има|имат) (?:нещо )?общо', `(?:вплетен${W}|преплетен${W})`, '(?:в|във) (?:центъра|сърцевината|сърцето) на', `обясня${W}(?= (?:защо|как))`, `обяснява${W}(?= (?:защо|как))`, `парченц${W}(?=,? (?:които|от|в))`, `ключов${W}(?= (?:за|при|в) )`,
    ],
  },
  causes: {
    en: [
      'caus(?:e|es|ed|ing|al|ative)', 'lead(?:s|ing)? to', 'led to', `trigger${W}`, 'result(?:s|ed|ing)? in', 'produc(?:e|es|ed|ing)', 'bring(?:s)? on',
      'brought on', 'responsible for', 'gives? rise to', 'gave rise to', `induc${W}`, `promot${W}`, `contribut${W}`, 'due to', 'because of',
      'owing to', `(?:makes?|made|making)(?=_${gap(2)}(?:prone|susceptible|likely|vulnerable))`, 'set(?:s|ting)? off', `provok${W}`,
      'underl(?:ie|ies|ying)', 'root cause', 'stems? from', 'c(?:o|a)mes? from', 'coming from', 'to blame', 'blamed? (?:on|for)', 'the culprits?', `giv(?:e|es|ing)(?=_(?:you_|people_|patients_|some_)?(?:side|diarrh|cramps|headaches?|nausea|stomach|loose|problems|symptoms))`, 'result of', 'consequence', 'risk factor', `fuel${W}`, 'behind',
      `(?:disease|disorder|illness|condition)s? (?:of|caused by|due to|from|rooted in)(?=_${gap(2)}(?:magnesium_)?(?:deficien|shortage|lack|depletion|low))`,
      `(?<=(?:deficiency|shortage) )(?:disease|disorder|illness)s?`, `(?:is|are) (?:simply |just |merely |really )?what happens when`,
    ],
    nb: [
      B(`forårsak${W}`), `skyld${W}`, 'føre(?:r)? til', 'førte til', 'ført til', `utløs${W}`, `årsak${W}`, `medvirk${W}`, `bidra${W}`, 'bidro',
      `resulter${W}`, 'gir', 'gitt', `fremkall${W}`, `(?<=mangel-?)sykdom${W}`, `sykdom${W}(?=_(?:som_)?(?:skyldes|kommer av|forårsakes))`, `provoser${W}`, 'på grunn av', 'grunnet', 'som følge av', 'kommer (?:fra|av)', 'stammer fra', `gi(?=_${gap(4)}(?:symptom|plag|problem|bivirkning|diaré|kvalme|hodepine|kramp|anfall|løs))`, 'skyld(?:en)?', `disponer${W}`, B(`risikofaktor${W}`),
    ],
    nn: ['fører til', `årsak${W}`, 'gjev', 'på grunn av'],
    bg: [
      `причин${W}`, `довежда${W}`, `доведе${W}`, 'води до', 'водят до', `водещ${W} до`, `предизвик${W}`, `отключва${W}`, `провокира${W}`, `допринас${W}`,
      `рисков${W} фактор${W}`, 'в резултат', `резултат${W} от`, 'поради', 'вследствие', 'дължи', 'дължат', 'се дължи', 'идва(?:т)? от', 'произтича(?:т)? от',
      `болест${W}(?=_(?:на_|от_)?(?:магнезиев${W}_)?(?:недостиг|дефицит|липса))`,
    ],
  },
  calming: {
    en: [
      'calm(?:s|ed|ing)?', 'calmer', 'relax(?:es|ed|ing|ation|ant)?', 'soothing effect', 'tranquil(?:l?ising|l?izing)?', 'settl(?:e|es|ed|ing) (?:the |your )?(?:nerves|mind|brain)',
      'unwind(?:ing)?', 'chill(?:ed)? out', 'wind(?:ing)? down', 'take(?:s)? the edge off',
    ],
    nb: [`berolig${W}`, `avslapp${W}`, 'rolig(?:e|ere)?', 'roe(?:r|t)? (?:seg )?ned', 'demper uro', `slapp${W} av`, `lindrende`],
    nn: [`roande`, 'roleg(?:e)?'],
    bg: [`успокоява${W}`, `успокояващ${W}`, `успокоен${W}`, `отпуска${W}`, `отпускащ${W}`, `релакс${W}`, `спокойств${W}`, `уталожва${W}`],
  },
  cure: {
    en: ['cur(?:e|es|ed|ing)', 'cure-all', 'magic bullet', 'miracle (?:cure|pill|remedy)', 'heal(?:s|ed|ing)?', '(?:get|got|be) rid of (?:it )?for good', 'fix(?:es|ed)? (?:it|them|the problem) for good', 'panacea'],
    nb: [`kur(?:ere|erer|ert|en|)`, `helbred${W}`, 'mirakel(?:kur|middel)', 'bli kvitt', 'for godt', 'vidundermiddel'],
    nn: ['lækje', 'lækjer'],
    bg: [`излекува${W}`, `излекуван${W}`, `лекува${W} напълно`, `лекува${W}(?=_${gap(2)}(?:напълно|окончателно|завинаги))`, `(?:напълно|окончателно) (?:лекува|излекува)${W}`, `(?<=(?<![\\p{L}])не )лекува${W}(?=[^.;!?]*, (?:но|а|ала|обаче)(?![\\p{L}]))`, 'лек(?:ът)?(?=_(?:за|срещу|който|която|което|от))', `изцеля${W}`, 'панацея', `чудодей${W}`],
  },
} satisfies LexiconPart;
