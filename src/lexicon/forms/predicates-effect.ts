import { B, F, W, gap, type LexiconPart } from './types.ts';

/**
 * Predicates about effects: absorption, prevention, relief, blocking, raising and lowering,
 * association and causation. Multi-word predicates that would swallow another concept's word
 * ("reduce [migraine] frequency") consume only the verb and check the rest with a lookahead.
 */

const EN_ABSORB = `(?:absorbed|absorbable|assimilated|taken up|utili[sz]ed|bioavailable|soaked up)`;
const EN_ABSORB_VERB = `(?:absorb|absorbs|absorbed|assimilate|assimilates|take up|utili[sz]e|get absorbed|be absorbed|soak up)`;
const EN_AVAILABILITY = `(?:bio-?availability|absorption(?: rates?)?|uptake|absorbability|assimilation|solubility)`;
const NB_UPTAKE = `(?:opptak${W}|absorpsjon${W}|biotilgjengelighet${W}|absorberbarhet${W}|oppløselighet${W})`;
const BG_ABSORB = `(?:усвоява${W}|усвоим${W}|усвояем${W}|абсорбира${W}|усвоен${W}|резорбира${W}|абсорбиран${W})`;
const BG_AVAILABILITY = `(?:бионаличност${W}|биодостъпност${W}|усвояемост${W}|абсорбци${W}|усвояване${W}|разтворимост${W}|резорбци${W})`;

const EN_FREQ = '(?:frequency|severity|intensity|number|duration|how often|attack rate|occurrence|incidence|migraine days|headache days|migrain|headaches?|attacks?|episodes?)';
const NB_FREQ = `(?:hyppighet|frekvens|antall|alvorlighet|intensitet|varighet|styrke|anfall|migren|hodepine)`;
const BG_FREQ = `(?:честот|тежест|интензитет|брой|продължителност|силата|пристъп|мигрен|главобол|атак|епизод)`;

export const PREDICATES_EFFECT = {
  absorption: {
    en: [`absor(?:b|bs|bed|bing|ption|bable|bability)`, `bio-?availab${W}`, 'uptake', `assimilat${W}`, 'taken up', `utili[sz](?:e|es|ed|ing|ation)`, `(?:in)?solub${W}`, 'soak(?:s|ed)? up', `malabsor${W}`],
    nb: [B(`opptak${W}`), B(`absorb${W}`), B(`absorpsjon${W}`), `biotilgjengelig${W}`, '(?:tas|tatt|ta|tar|blir tatt|opptas|tatt) opp', `nyttiggjør${W}`, `utnytt${W}`, `oppløselig${W}`, 'suge(?:s|r)? opp'],
    bg: [`усвоява${W}`, `усвояван${W}`, `усвоим${W}`, `усвояем${W}`, `усвоя${W}`, `усвоен${W}`, `абсорб${W}`, `резорб${W}`, `бионаличност${W}`, `биодостъпе?н${W}`, `попива${W}`, `разтворим${W}`],
  },
  'poorly-absorbed': {
    en: [
      `(?:poorly|badly|hardly|barely|inefficiently|minimally|incompletely|scarcely|weakly|less (?:well|easily|readily|efficiently)|not (?:very )?(?:well|easily|readily)) ${EN_ABSORB}`,
      `(?:absorbed|assimilated|taken up|absorbs?|absorption is) (?:very |quite |rather |relatively )?(?:poorly|badly|inefficiently|minimally|poor|low)`,
      `(?:hard|difficult|tough|harder|more difficult|hardest|tricky) (?:for (?:the |your )?(?:body|gut|system) )?to ${EN_ABSORB_VERB}`,
      `(?:low|poor|lower|limited|minimal|reduced|weak|bad|lowest|worst) ${gap(1)}${EN_AVAILABILITY}`,
      `(?:worst|least) (?:absorbed|to absorb|to assimilate|bioavailable|absorbable)`,
      `(?:absorption|uptake) (?:problems?|issues?|difficulties)`, 'unabsorbed', 'not absorbed', 'malabsorbed', 'barely absorbs?', 'takes? up (?:very |so )?little', `(?:absorbs?|absorbed|takes? up|soaks? up|assimilates?) (?:(?:very|so|only|relatively|rather|quite) )*(?:little|less)(?: of it)?`,
      F(`(?:can't|cannot|can not|doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|will not|barely|hardly|struggles? to|fails? to) ${gap(2)}${EN_ABSORB_VERB}`, { opaque: true }),
      `only (?:a )?(?:small|tiny|little) (?:fraction|amount|part|bit|percentage|portion)(?=_${gap(4)}(?:absorbed|gets? absorbed))`,
      `(?:passes|goes|runs) (?:straight |right )?through (?:you|the gut|the body|the bowel|your gut)`,
      `(?:slip|slips|slipping|pass|passes|passing|go|goes|going|run|runs|flush|flushes|flushed) (?:(?:straight|right|just|simply) )+(?:through|out)`,
      `(?:slip|slips|slipping|pass|passes|passing|flush|flushes|flushed|go|goes) (?:straight |right |just |simply )?(?:through|out of) (?:you|the gut|the body|the bowel|your gut|your body|the intestines?|your intestines?|the digestive tract)`,
      F(`(?:never|doesn't|does not|don't|do not|rarely|barely|hardly|won't|will not) (?:make|makes|get|gets|reach|reaches|end up|ends up)(?: it)? (?:into|in|to) (?:the |your )?(?:blood(?:stream)?|circulation|cells|tissues)`, { opaque: true }),
      `(?:stop|stops|stopped|prevent|prevents|prevented|keep|keeps|hinder|hinders|hindered|impair|impairs|impaired|reduce|reduces|limit|limits|interfere with|interferes with|get in the way of|block|blocks)(?=_${gap(3)}(?:from_)?(?:being_)?(?:properly_|fully_)?(?:absorbed|absorption|uptake|assimilat))`,
    ],
    nb: [
      `(?:tas|tatt|blir tatt|ble tatt|opptas) ${gap(2)}(?:dårlig|dårligere|dårligst|lite|svakt|ikke så godt|ikke godt) opp`,
      `(?:dårlig|dårligere|dårligst|lite|svakt|vanskelig) (?:opptatt|absorbert|opptakelig|tatt opp|absorberbar${W})`,
      `(?:dårlig|dårlige|dårligere|lav|lavt|lave|lavere|begrenset|svakt|svak|minimalt|lite) ${gap(1)}${NB_UPTAKE}`,
      `${NB_UPTAKE} ${gap(2)}(?:dårlig|lavt|begrenset|svakt|minimalt|elendig)`,
      `(?:vanskelig|tungt|vanskeligere) (?:for kroppen )?å (?:ta opp|absorbere|nyttiggjøre)`,
      F(`(?:kan ikke|kan ikkje|klarer ikke|klarer ikkje) ${gap(2)}(?:ta opp|absorbere|nyttiggjøre)`, { opaque: true }),
      B(`opptaksproblem${W}`), 'absorberes dårlig', 'absorberes dårligere',
      `(?:går|gikk|passerer|renner|glir|forsvinner) (?:rett |bare |direkte )+(?:gjennom|ut)(?: (?:tarmen|kroppen|deg))?`, `(?:går|gikk|passerer|renner|glir) (?:rett |bare |direkte )?(?:gjennom|ut av) (?:tarmen|kroppen|fordøyelsen)`,
      F(`(?:havner|kommer|når|går) (?:aldri|ikke|ikkje|knapt|sjelden) (?:over |ut |frem )?(?:i |til )?(?:blodet|blodbanen|cellene)`, { opaque: true }),
      F(`(?:aldri|ikke|ikkje|knapt|sjelden) (?:havner|kommer|når|går) (?:over |ut |frem )?(?:i |til )?(?:blodet|blodbanen|cellene)`, { opaque: true }),
      `(?:hindre${W}|hindrer|hemme${W}|hemmer|redusere${W}|reduserer|svekke${W}|svekker|begrense${W}|begrenser|ødelegge${W}|forstyrre${W})(?=_${gap(2)}(?:opptak|absorpsjon))`,
      `(?:hindre${W}|hindrer|hemme${W}|hemmer|forhindre${W}|forhindrer)(?=_${gap(4)}(?:tatt|tas|ta|tar)_(?:[\\p{L}]+_)?opp)`,
      F(`(?:ikke|ikkje|knapt|nesten ikke|nesten ikkje|dårlig|så vidt) (?:får |klarer å |klarer |greier å )?(?:ta|tas|tar|tatt) (?:det |den |dem |magnesiumet |stoffet )?opp`, { opaque: true }),
      F(`(?:får|klarer|greier) (?:nesten |knapt |ikke |ikkje |så vidt )+(?:å )?(?:ta|tatt) (?:det |den |dem )?opp`, { opaque: true }),
    ],
    nn: [`(?:vert|blir) ${gap(1)}(?:dårleg|lite) (?:teke|tatt) opp`, `dårleg ${gap(1)}opptak${W}`],
    bg: [
      `(?:слабо|зле|трудно|лошо|по-слабо|по-трудно|по-зле|едва|незначително|минимално|бавно|непълно) (?:се )?${BG_ABSORB}`,
      `${BG_ABSORB} (?:се )?(?:много |доста |сравнително )?(?:слабо|зле|трудно|лошо|минимално|непълно)`,
      `(?:ниск${W}|слаб${W}|лош${W}|ограничен${W}|минимал${W}|по-ниск${W}|намален${W}) ${gap(1)}${BG_AVAILABILITY}`,
      `трудноусвоим${W}`, `лошо усвоим${W}`, `неусвоен${W}`, `(?:минава${W}|преминава${W}|излиза${W}) (?:направо |директно |просто |директно )?(?:през|от) (?:червата|тялото|организма|стомашно-чревния тракт)`,
      F(`(?:не|изобщо не|почти не|рядко|трудно) (?:стига|достига|попада|влиза|преминава)${W} (?:до|в|във) (?:кръвта|кръвообращението|клетките)`, { opaque: true }), `(?:преч${W}|попреч${W}|затруднява${W}|затрудни${W}|намалява${W}|ограничава${W}|възпрепятства${W}|блокира${W})(?=_${gap(2)}(?:усвояване|абсорбци|резорбци))`, `проблем${W} (?:с|при) (?:усвояването|абсорбцията)`,
      F(`(?:не се|не може да се|не могат да се|организмът не може да) ${gap(1)}(?:усвои|усвоява|абсорбира|усвоят)${W}`, { opaque: true }),
    ],
  },
  'well-absorbed': {
    en: [
      `(?:well|easily|readily|better|best|efficiently|highly|quickly|rapidly|effectively|fully|more easily|more readily|more efficiently|more effectively|more completely) ${EN_ABSORB}`,
      `(?:absorbed|assimilated|absorbs|absorb|taken up) (?:(?:very|quite|much|far|really|relatively|so|pretty|fairly|reasonably|extremely|remarkably|surprisingly|rather|comparatively|actually|perfectly|any|no|even|a lot|a bit) ){0,2}(?:well|better|easily|readily|efficiently|effectively|best|quickly|nicely|fine)`,
      `(?:high|higher|good|better|excellent|superior|greater|increased|improved|best|great|highest|maximum|optimal|enhanced|top|impressive|outstanding) ${gap(1)}${EN_AVAILABILITY}`,
      `(?:easy|easier|easiest|simple|gentle) (?:for (?:the |your )?(?:body|gut|system) )?to ${EN_ABSORB_VERB}`,
      '(?:more |most |highly |very |readily |easily )?(?:absorbable|bioavailable)',
      `absorb${W}_${gap(3)}(?:more |much |far )?(?:effectively|efficiently|easily|readily)`,
      `(?:good|better|best|preferred|superior|preferable|top) ${gap(1)}forms?`,
      'gets? into (?:the|your) (?:blood(?:stream)?|cells) (?:easily|quickly|well|readily)',
      '(?:takes?|taking|took|soaks?|soaking|soaked) (?:it )?up (?:(?:most|more|very|so|the|far|really) )*(?:easily|readily|well|efficiently|best|better)',
    ],
    nb: [
      `(?:tas|tar|ta|tatt|blir tatt|ble tatt|opptas|absorberes) ${gap(2)}(?:godt|bedre|best|lett|lettere|raskt|effektivt|fint|utmerket) (?:opp)?`,
      `(?:godt|bedre|best|lett|lettere|raskt|effektivt) (?:opptatt|absorbert|opptakelig|tatt opp|absorberbar${W})`,
      `(?:god|godt|gode|høy|høyt|høye|bedre|best|utmerket|økt|større|høyere|effektivt|raskt) ${gap(1)}${NB_UPTAKE}`,
      `${NB_UPTAKE} ${gap(2)}(?:godt|høyt|bedre|utmerket|effektivt)`,
      `(?:lett|lettere|enkelt|enklere) (?:for kroppen )?å (?:ta opp|absorbere|nyttiggjøre)`,
      `(?:god|gode|bedre|beste|foretrukne|foretrukket) ${gap(1)}(?:form|former|formen|variant|varianter|type|typer)`,
      `lettopptakelig${W}`, `høyt? biotilgjengelig${W}`,
      `(?:lett|lettest|lettere|godt|best|bedre|raskt|effektivt) (?:tar|tas|tatt|ta) (?:det |den |dem )?opp`,
    ],
    nn: [`(?:vert|blir) ${gap(1)}(?:godt|betre|lett) (?:teke|tatt) opp`, `(?:godt|betre) ${gap(1)}opptak${W}`],
    bg: [
      `(?:добре|лесно|бързо|по-добре|по-лесно|най-добре|отлично|ефективно|напълно|по-бързо|изключително добре) (?:се )?${BG_ABSORB}`,
      `${BG_ABSORB} (?:се )?(?:много |доста |по-|най-|изключително )?(?:добре|лесно|бързо|ефективно)`,
      `(?:висок${W}|добр${W}|по-добр${W}|по-висок${W}|отлич${W}|повишен${W}|най-добр${W}|най-висок${W}|голям${W}|по-голям${W}) ${gap(1)}${BG_AVAILABILITY}`,
      `лесноусвоим${W}`, `добре усвоим${W}`, `(?:добри|по-добри|най-добри|предпочитани) ${gap(1)}форми${W}`,
    ],
  },
  prevention: {
    en: [
      'prevent(?:s|ed|ing|ion|ive|ative|atives)?', `prophyla${W}`, `(?:stop|stops|stopped|stopping|halt|halts)(?=_${gap(2)}(?:attacks?|migraines?|headaches?|seizures?|episodes?|cramps?))`, 'ward(?:s|ing|ed)? off', 'stav(?:e|es|ed|ing) off', `keep(?:s|ing)? ${gap(2)}at bay`,
      'kept at bay', `avert${W}`, 'head(?:s|ing|ed)? off', `(?:stop|stops|stopping|stopped)(?=_${gap(3)}(?:before (?:they|it)|from (?:starting|happening|occurring|coming)))`,
      'protect(?:s|ing|ive|ion)? against', 'protective', `preempt${W}`, `pre-empt${W}`, 'preventer', 'nip (?:\\S+ )?in the bud',
    ],
    nb: [
      B(`forebygg${W}`), `forhindr${W}`, `hindr${W}`, `stopp${W}(?=_${gap(2)}(?:anfall|migren|hodepine|kramp))`, `profyla${W}`, `unngå${W}`, `holde${W}(?=_${gap(2)}unna)`, 'beskytte(?:r|t)? mot', `verne${W} mot`,
      `forebyggende`, `forebygging${W}`,
    ],
    nn: [B(`førebygg${W}`), 'hindre', `unngå${W}`],
    bg: [
      `профилакт${W}`, `превенци${W}`, `предотврат${W}`, `спира${W}(?=_${gap(2)}(?:пристъп|мигрен|главобол|припад|крамп))`, `предпаз${W}`, `превантив${W}`, `протектор${W}`, `предотвратяване`, `защит${W} срещу`,
      `избягва${W}(?=_${gap(2)}(?:пристъп|мигрен|атак))`,
    ],
  },
  'reduces-frequency': {
    en: [
      'fewer', 'less (?:often|frequent(?:ly)?|severe|intense|painful|debilitating|regular|bad|disabling)', 'milder', 'shorter', 'rarer', 'more rarely', 'less and less',
      F('not as (?:often|frequent|severe|bad|intense|painful)', { opaque: true }),
      `(?:reduc${W}|decreas${W}|lower(?:s|ed|ing)?|cut(?:s|ting)?|cut down|drop${W}|declin${W}|lessen${W}|diminish${W}|halv${W}|halve|shrink${W}|bring(?:s|ing)? down|brought down|minimi[sz]${W}|curb${W}|slash${W}|trim${W}|tame${W}|ease)(?=_${gap(4)}${EN_FREQ})`,
      `(?:frequency|severity|intensity|number|duration|incidence)(?=_${gap(5)}(?:reduc${W}|decreas${W}|fell|dropped|declined|went down|lower${W}|shrank|halved|dropping|falling))`,
      `(?:reduction|decrease|drop|decline|fall|cut)s?(?= in ${gap(3)}${EN_FREQ})`,
      `(?:days|attacks|episodes) (?:a|per) month`,
      `(?:instead of|down from|rather than)(?=_(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)(?![\\p{L}]))`,
    ],
    nb: [
      'færre', 'sjeldnere', 'mildere', 'kortere', 'svakere', `mindre (?:hyppig${W}|alvorlig${W}|intens${W}|kraftig${W}|smertefull${W}|ofte|plagsom${W}|sterk${W})`,
      F('(?:ikke|ikkje) (?:lenger )?så (?:ofte|hyppig|kraftig|sterk|ille|intens)', { opaque: true }),
      `(?:reduser${W}|minske${W}|minsk${W}|senke${W}|kutte${W}|halvere${W}|halvert${W}|dempe${W}|begrense${W})(?=_${gap(4)}${NB_FREQ})`,
      `(?:hyppighet|frekvens|antall|alvorlighetsgrad|intensitet|varighet)${W}(?=_${gap(5)}(?:gikk ned|sank|falt|redusert${W}|minsket|ble redusert|halvert|gått ned))`,
      `(?:reduksjon|nedgang|færre)${W}(?= i ${gap(3)}${NB_FREQ})`, B(`anfallsfrekvens${W}`),
      `(?:i stedet for|istedenfor|ned fra)(?=_(?:\\d+|ett|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)(?![\\p{L}]))`,
    ],
    nn: ['færre', 'sjeldnare', 'mildare'],
    bg: [
      `по-редк${W}`, 'по-рядко', `по-слаб${W}`, `по-лек${W}`, `по-кратк${W}`, `по-малко тежк${W}`,
      `(?:намал${W}|понижава${W}|съкраща${W}|ограничава${W}|редуцира${W}|облекчава${W})(?=_${gap(4)}${BG_FREQ})`,
      `(?:честота${W}|тежест${W}|интензитет${W}|брой${W})(?=_${gap(5)}(?:намал|спад|понижи|намаля))`,
      `по-малко(?=_${gap(2)}(?:пристъп|мигрен|атак|епизод|дни|главобол))`,
      `(?:вместо|спрямо)(?=_(?:\\d+|един|два|две|три|четири|пет|шест|седем|осем|девет|десет)(?![\\p{L}]))`,
      F(`не толкова (?:често|силе?н${W}|тежк${W}|чест${W})`, { opaque: true }),
    ],
  },
  relief: {
    en: [
      `reliev${W}`, 'relief', 'eas(?:e|es|ed|ing)', 'help(?:s|ed|ing|ful)?', 'treat(?:s|ed|ing|ment|ments)?', `improv${W}`, `alleviat${W}`, `sooth${W}`,
      `benefi${W}`, 'effective(?:ly|ness)?', 'efficacy', 'efficacious', 'work(?:s|ed)? (?:for|against|on|wonders|well|better)',
      'remed(?:y|ies)', `therap${W}`, 'positive (?:effect|results?|impact)', 'good results?', 'useful', `(?:made|make|makes|making) a ${gap(1)}difference`,
      'does wonders', `tackl${W}`, `fight${W}`, `combat${W}`, 'manag(?:e|es|ed|ing|ement)', 'counteract(?:s|ed|ing)?', 'aid(?:s|ed)?',
      `mitigat${W}`, 'get(?:s|ting)? rid of', 'take(?:s)? the edge off', 'lifesaver', 'game[- ]changer', 'promising', 'works', 'worked', 'answer to', 'solutions?', 'respond(?:s|ed)? (?:well )?to', 'promot(?:e|es|ed|ing)(?= (?:better |deeper |restful )?sleep)', '(?:better|deeper|sounder|more restful)(?= sleep)', `(?<=(?:sleep|sleeps|sleeping|slept) )(?:better|more soundly|more deeply|soundly|deeply|through the night)`, 'good for', 'great for', 'useful for', 'easier(?= to (?:fall asleep|sleep|drift off|relax|unwind|cope))', 'support(?:s|ed|ing)? (?:\\S+ )?(?:health|sleep|recovery)',
      F('(?:ineffective|useless|worthless|pointless|a waste of money)', { negated: true }),
      F('(?:does|did|do) nothing', { negated: true, opaque: true }),
      F(`(?:did|does|do|has|have)(?:n't| not) (?:really |much |noticeably )?(?:change|changed|budge|budged|shift|shifted)|(?:remained|remain|remains|stayed|stay|was|were) (?:largely |mostly |essentially |virtually )?(?:unchanged|the same)|no (?:real |noticeable |significant )?change`, { negated: true, opaque: true }),
      'do(?:es)? (?:anything|much|a thing|any good|the trick)', 'make(?:s)? (?:any|a|much of a|no) difference',
      F(`no (?:real |noticeable |significant |measurable )?(?:effect|benefit|difference|improvement|help|use|relief)`, { negated: true, opaque: true }),
    ],
    nb: [
      B(`lindr${W}`), 'hjelp(?:e|er|es|te|t|som|somt)?', 'hjalp', 'hjulpet', `behandl${W}`, `bedring${W}`, `forbedr${W}`, 'effekt(?:en|er|ene|iv|ive|ivt)?',
      'virk(?:er|et|e|ning|ningen|som|somt)', `terapi${W}`, `terapeutisk${W}`, `nytte${W}`, `nyttig${W}`, `positiv${W} (?:effekt|virkning)${W}`,
      `gode? resultat${W}`, 'fungerer', 'fungerte', 'virker bedre', 'fungerer bedre', `(?<=(?:ble|blir|var|er|gikk|føltes|føles|har blitt)_(?:[\\p{L}]+_)?)bedre`, F(`(?:forble|var|ble) (?:stort sett |omtrent )?(?:uendret|uforandret|det samme)|ingen (?:merkbar |reell )?endring`, { negated: true, opaque: true }), `lettere(?=_(?:å_)?(?:sovne|sove|slappe|takle))`, '(?:bedre|dypere)(?= søvn)', `(?<=(?:sove|sover|sov|sovet) )(?:bedre|godt|dypere|tungt)`, 'løsning(?:en)?', 'nyttig mot', 'hjelpemiddel', 'fin(?:t)? (?:mot|for)', `god (?:mot|for)`, 'bra (?:mot|for)', `(?:lette|dempe)(?:r|t|s)?(?=_${gap(2)}(?:symptom|plag|smert|migren|hodepine|anfall))`,
      F(`(?:virkningsløs${W}|uvirksom${W}|ubrukelig${W}|nytteløs${W}|bortkastet${W})`, { negated: true }),
      F(`ingen (?:\\S+ )?(?:effekt|virkning|nytte|bedring|hjelp|lindring)`, { negated: true, opaque: true }),
    ],
    nn: ['hjelpa', 'hjelper', 'verkar', `handsam${W}`, 'lindrar', 'betring'],
    bg: [
      `облекч${W}`, `помага${W}`, `помогн${W}`, `помогна${W}`, 'помощ', `лечени${W}`, `лекува${W}`, `лечеб${W}`, `терапи${W}`, `терапевтич${W}`,
      `подобр${W}`, `положител${W} (?:ефект|ефекти|резултат|влияние|действие)${W}`, `ефективе?н${W}`, `ефикас${W}`, `уталож${W}`, `смекчава${W}`,
      `справя${W}`, `овладява${W}`, `полез${W}`, 'полза(?:та)?', 'работи', 'действа по-добре', F(`(?:остана|останаха|остава|остават) (?:почти |практически )?(?:непроменен${W}|същ${W})|(?:никаква|няма) промяна`, { negated: true, opaque: true }), `по-лесно(?=_(?:да_)?(?:заспи|заспя|заспим|заспите|заспят|спи|се_отпусне))`, `(?<=(?:заспи|заспя|заспим|заспите|заспят|заспива|заспиват)_)по-лесно`, '(?:по-добър|по-дълбок|по-спокоен)(?= сън)', `(?<=(?:спи|спят|спим|спя|спиш|спите|спа|спали) )(?:по-добре|по-дълбоко|спокойно|добре)`, `решение${W}`, 'повлияване', `благоприят${W}`, 'ефект(?:а|ът|и|ите)?', `облекчение${W}`,
      F(`(?:неефектив${W}|безполез${W})`, { negated: true }),
      F(`(?:без|няма|никакъв) (?:\\S+ )?(?:ефект|полза|подобрение)${W}`, { negated: true, opaque: true }),
    ],
  },
  blocks: {
    en: [
      'block(?:s|ed|ing|ade|age)?', `inhibit${W}`, `antagoni${W}`, `suppress${W}`, 'plug(?:s|ging|ged)?', 'shut(?:s|ting)? (?:down|off)',
      `(?:prevent${W}|stop${W}|keep${W}|keeps)(?=_${gap(3)}from (?:entering|flowing|passing|getting|rushing|flooding|reaching|binding|activating))`,
      `keep(?:s|ing)?(?=_${gap(2)}out)`, `gate-?keep${W}`, '(?:cork|stopper|plug|lid|bouncer|doorman|gate|lock)s?(?= (?:in|on|for|of) )', 'keeps? (?:\\S+ )?in check', 'damp(?:s|ed|ing)? down', 'sits in', `occup(?:y|ies) ${gap(1)}channel`,
    ],
    nb: [
      'blokk(?:er|ere|erer|erte|ert|ering|eringen|ade|aden)', `portvakt${W}`, '(?:propp|plugg|kork|lokk|dørvakt)(?:en)?(?=_(?:i|på|for)_)', `(?:holder|holde|stenger|stenge|sperrer|sperre)(?=_${gap(2)}(?:ute|ut)(?![\\p{L}]))`, `hemm${W}`, `antagonis${W}`, `steng${W}`, `sperr${W}`, `undertrykk${W}`,
      `(?:hindre${W}|hindr${W}|stoppe${W}|stopper)(?=_${gap(3)}(?:i å|fra å) (?:komme|strømme|trenge|binde))`,
    ],
    bg: [`блокира${W}`, `блокад${W}`, `(?:тапа|запушалка|пазач|вратар)(?:та)?(?=_(?:в|на|за)_)`, `блокиран${W}`, `потиска${W}`, `потискан${W}`, `инхибир${W}`, `инхибици${W}`, `възпрепятства${W}`, `запушва${W}`, `антагонис${W}`, 'спира', 'спират', 'пречи'],
  },
  reduces: {
    en: [
      'reduc(?:e|es|ed|ing|tion|tions)', `decreas${W}`, 'lower(?:s|ed|ing)?', `diminish${W}`, 'cut(?:s|ting)? (?:down|back)', 'drop(?:s|ped|ping)?',
      'fall(?:s|ing|en)?', 'fell', `declin${W}`, `curb${W}`, `dampen${W}`, 'tone(?:s|d)? down', 'bring(?:s|ing)? down', 'brought down', `lessen${W}`,
      `weaken${W}`, `slash${W}`, 'offset(?:s|ting)?', `minimi[sz]${W}`, 'limit(?:s|ed|ing)?', 'go(?:es)? down', 'went down', 'lowering',
      'less(?= (?:tired|fatigued|exhausted|stressed|anxious|tense|sore|achy|irritable|depressed|nervous|restless|worn out))',
    ],
    nb: [
      B(`reduser${W}`), B(`reduksjon${W}`), `minsk${W}`, `senk${W}`, `demp${W}`, `nedsatt${W}`, 'lavere', `svekk${W}`, `avta${W}`, `synk${W}`, 'sank',
      'fall(?:e|er)', 'falt', 'sunket', 'gått ned', 'går ned', 'gikk ned',
      `mindre(?=_(?:sliten|slitne|trøtt|trøtte|stresset|engstelig${W}|anspent${W}|deprimert${W}|støl${W}|plaget|urolig${W}))`, `(?:gjør|gjorde|blir|ble|føler|følte|kjenner)(?=_${gap(3)}mindre_)`, `begrens${W}`, `motvirk${W}`,
    ],
    bg: [
      `намал${W}`, `понижа${W}`, `понижен${W}`, `снижава${W}`, `спад${W}`, `редуцира${W}`, `отслабва${W}`, `ограничава${W}`, `по-ниск${W}`, `смъква${W}`,
      `сваля${W}`, `по-малко(?=_(?:уморен${W}|стресиран${W}|напрегнат${W}|тревож${W}|изтощен${W}))`,
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
      `link${W}`, `associat${W}`, `connect${W}`, `correlat${W}`, 'relat(?:ed|ion|ionship|ionships)', 'tied to', 'ties? (?:in )?with', `(?:has|have|had) ${gap(1)}to do with`,
      'implicated', 'involved', 'involvement', `play(?:s|ed|ing)? ${gap(2)}roles?`, 'roles?(?= (?:in|of))', 'go(?:es)? hand in hand', 'relevant', 'factor',
      `(?:seen|observed|found|noted|detected|present|reported|documented)(?= (?:in|among) )`, 'in common with',
      'affect(?:s|ed|ing)?', `influenc${W}`, 'matters? for', 'part in', 'bound up with', 'mixed up in', 'interplay',
    ],
    nb: [
      B(`sammenheng${W}`), `knytt${W}`, `forbund${W}`, `assosi${W}`, `relater${W}`, `kobl${W}`, `korrel${W}`, 'i forbindelse med', 'henger sammen',
      'har (?:noe )?med', `rolle(?:n)?(?=_(?:i|for|ved))`, `spill${W}_${gap(2)}rolle${W}`, `involvert${W}`, `påvirk${W}`, `innvirk${W}`, 'har å si for', 'har betydning for', `(?:sett|funnet|observert|påvist|registrert)(?= (?:hos|blant|ved) )`, `betydning${W}`,
    ],
    nn: [B(`samanheng${W}`), 'knytt'],
    bg: [
      `свързан${W}`, `свързва${W}`, `асоциира${W}`, `асоцииран${W}`, 'връзка(?:та)?', 'връзки(?:те)?', 'отношение', `корелира${W}`, `корелаци${W}`,
      'рол(?:я|ята)(?=_(?:в|във|за|при))', `игра${W}_${gap(2)}рол(?:я|ята)`, `обвърза${W}`, `зависи${W}`, `влия${W}`, `влиян${W}`, `повлиява${W}`, `значение за`, `(?:наблюдава${W}|установен${W}|открит${W}|откриват|среща${W})(?= (?:при|сред|у) )`, `замесен${W}`, `участва${W}`,
    ],
  },
  causes: {
    en: [
      'caus(?:e|es|ed|ing|al|ative)', 'lead(?:s|ing)? to', 'led to', `trigger${W}`, 'result(?:s|ed|ing)? in', 'produc(?:e|es|ed|ing)', 'bring(?:s)? on',
      'brought on', 'responsible for', 'gives? rise to', 'gave rise to', `induc${W}`, `promot${W}`, `contribut${W}`, 'due to', 'because of',
      'owing to', `(?:makes?|made|making)(?=_${gap(2)}(?:prone|susceptible|likely|vulnerable))`, 'set(?:s|ting)? off', `provok${W}`,
      'underl(?:ie|ies|ying)', 'root cause', 'stems? from', 'c(?:o|a)mes? from', 'coming from', 'to blame', 'blamed? (?:on|for)', 'the culprits?', `giv(?:e|es|ing)(?=_(?:you_|people_|patients_|some_)?(?:side|diarrh|cramps|headaches?|nausea|stomach|loose|problems|symptoms))`, 'result of', 'consequence', 'risk factor', `fuel${W}`, 'behind',
      `(?:disease|disorder|illness|condition)s? (?:of|caused by|due to|from|rooted in)(?=_${gap(2)}(?:magnesium_)?(?:deficien|shortage|lack|depletion|low))`,
      `(?<=(?:deficiency|shortage) )(?:disease|disorder|illness)s?`,
    ],
    nb: [
      B(`forårsak${W}`), `skyld${W}`, 'føre(?:r)? til', 'førte til', 'ført til', `utløs${W}`, `årsak${W}`, `medvirk${W}`, `bidra${W}`, 'bidro',
      `resulter${W}`, 'gir', 'gitt', `fremkall${W}`, `(?<=mangel-?)sykdom${W}`, `sykdom${W}(?=_(?:som_)?(?:skyldes|kommer av|forårsakes))`, `provoser${W}`, 'på grunn av', 'grunnet', 'som følge av', 'kommer (?:fra|av)', 'stammer fra', `gi(?=_${gap(4)}(?:symptom|plag|problem|bivirkning|diaré|kvalme|hodepine|kramp|anfall|løs))`, 'skyld(?:en)?', `disponer${W}`, B(`risikofaktor${W}`),
    ],
    nn: ['fører til', `årsak${W}`, 'gjev', 'på grunn av'],
    bg: [
      `причин${W}`, `довежда${W}`, `доведе${W}`, 'води до', 'водят до', `водещ${W} до`, `предизвик${W}`, `отключва${W}`, `провокира${W}`, `допринас${W}`,
      `рисков${W} фактор${W}`, 'в резултат', `резултат${W} от`, 'поради', 'вследствие', 'дължи', 'дължат', 'се дължи', 'идва(?:т)? от', 'произтича(?:т)? от',
      `болест${W}(?=_(?:на_)?(?:магнезиев${W}_)?(?:недостиг|дефицит|липса))`,
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
    bg: [`излекува${W}`, `излекуван${W}`, `лекува${W} напълно`, 'лек(?:ът)?(?=_(?:за|срещу|който|която|което|от))', `изцеля${W}`, 'панацея', `чудодей${W}`],
  },
} satisfies LexiconPart;
