import { B, F, W, gap, type LexiconPart } from './types.ts';

/**
 * Predicates about absorption: absorbed at all, poorly, well. Poorly and well are each other's
 * antonyms (concept-roles.ts), so 'not well absorbed' also reads as 'poorly absorbed'.
 */

const EN_ABSORB = `(?:absorbed|absorbable|assimilated|taken up|utili[sz]ed|bioavailable|soaked up)`;
const EN_ABSORB_VERB = `(?:absorb|absorbs|absorbed|assimilate|assimilates|take up|utili[sz]e|get absorbed|be absorbed|soak up)`;
const EN_AVAILABILITY = `(?:bio-?availability|absorption(?: rates?)?|uptake|absorbability|assimilation|solubility)`;
const NB_UPTAKE = `(?:opptak${W}|absorpsjon${W}|biotilgjengelighet${W}|absorberbarhet${W}|oppløselighet${W})`;
const NB_NOT_WELL = `(?:ikke|ikkje) (?:så |særlig |spesielt |helt )?godt`;
const BG_ABSORB = `(?:усвоява${W}|усвоим${W}|усвояем${W}|абсорбира${W}|усвоен${W}|резорбира${W}|абсорбиран${W})`;
const BG_AVAILABILITY = `(?:бионаличност${W}|биодостъпност${W}|усвояемост${W}|абсорбци${W}|усвояване${W}|разтворимост${W}|резорбци${W})`;

export const PREDICATES_ABSORPTION = {
  absorption: {
    en: [`absor(?:b|bs|bed|bing|ption|bable|bability)`, `bio-?availab${W}`, 'uptake', `assimilat${W}`, 'taken up', `utili[sz](?:e|es|ed|ing|ation)`, `(?:in)?solub${W}`, 'soak(?:s|ed)? up', `malabsor${W}`],
    nb: [B(`opptak${W}`), B(`absorb${W}`), B(`absorpsjon${W}`), `biotilgjengelig${W}`, '(?:tas|tatt|ta|tar|blir tatt|opptas|tatt) opp', `(?:tar|tok|tas|ta)(?=_(?:kroppen|tarmen|vi|du|man|cellene|den|det)_(?:[\\p{L}]+_)?opp(?![\\p{L}]))`, `nyttiggjør${W}`, `utnytt${W}`, `oppløselig${W}`, 'suge(?:s|r)? opp'],
    bg: [`усвоява${W}`, `усвояван${W}`, `усвоим${W}`, `усвояем${W}`, `усвоя${W}`, `усвоен${W}`, `абсорб${W}`, `резорб${W}`, `бионаличност${W}`, `биодостъпе?н${W}`, `попива${W}`, `разтворим${W}`],
  },
  'poorly-absorbed': {
    en: [
      `(?:poorly|badly|hardly|barely|inefficiently|minimally|incompletely|scarcely|weakly|less (?:well|easily|readily|efficiently)|not (?:very )?(?:well|easily|readily)) ${EN_ABSORB}`,
      `(?:absorbed|assimilated|taken up|absorbs?|absorption is) (?:very |quite |rather |relatively )?(?:poorly|badly|inefficiently|minimally|poor|low)`,
      `(?:hard|difficult|tough|harder|more difficult|hardest|tricky) (?:for (?:the |your )?(?:body|gut|system) )?to ${EN_ABSORB_VERB}`,
      `(?:low|poor|lower|limited|minimal|reduced|weak|bad|lowest|worst) ${gap(1)}${EN_AVAILABILITY}`,
      `(?:worst|least) (?:absorbed|to absorb|to assimilate|bioavailable|absorbable)`,
      `(?:very |so |relatively )?little (?:of (?:it|them|the magnesium|that) )?(?:gets|is|are|actually gets|ever gets) (?:actually )?(?:absorbed|taken up)`,
      `(?:absorption|uptake) (?:problems?|issues?|difficulties)`, 'unabsorbed', F(`not (?:being )?absorbed(?: (?:well|properly|fully|easily|efficiently))?`, { opaque: true }), 'malabsorbed', 'barely absorbs?', 'takes? up (?:very |so )?little', `(?:absorbs?|absorbed|takes? up|soaks? up|assimilates?) (?:(?:very|so|only|relatively|rather|quite) )*(?:little|less)(?: of it)?`,
      F(`(?:can't|cannot|can not|doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|will not|barely|hardly|struggles? to|fails? to) ${gap(2)}${EN_ABSORB_VERB}`, { opaque: true }),
      F(`(?:hardly|barely|scarcely|doesn't|does not|don't|do not|never) (?:keeps?|retains?|holds? on to|hangs? on to)(?: (?:any|much|anything))?(?: of it)?`, { opaque: true }),
      // A tablet that does not dissolve or release its magnesium leaves it unabsorbed.
      F(`(?:may not|might not|does not|doesn't|do not|don't|won't|will not|cannot|can't|fails? to|never) (?:fully |properly |completely |always )?(?:release|dissolve|break down|disintegrate)`, { opaque: true }),
      `only (?:a )?(?:small|tiny|little) (?:fraction|amount|part|bit|percentage|portion)(?=_${gap(4)}(?:absorbed|gets? absorbed))`,
      `(?:passes|goes|runs) (?:straight |right )?through (?:you|the gut|the body|the bowel|your gut)`,
      `(?:slip|slips|slipping|pass|passes|passing|go|goes|going|run|runs|flush|flushes|flushed) (?:(?:straight|right|just|simply) )+(?:through|out)`,
      `(?:slip|slips|slipping|pass|passes|passing|flush|flushes|flushed|go|goes) (?:straight |right |just |simply )?(?:through|out of) (?:you|the gut|the body|the bowel|your gut|your body|the intestines?|your intestines?|the digestive tract)`,
      F(`(?:never|doesn't|does not|don't|do not|rarely|barely|hardly|won't|will not) (?:make|makes|get|gets|reach|reaches|end up|ends up)(?: it)? (?:into|in|to) (?:the |your )?(?:blood(?:stream)?|circulation|cells|tissues)`, { opaque: true }),
      `(?:stop|stops|stopped|prevent|prevents|prevented|keep|keeps|hinder|hinders|hindered|impair|impairs|impaired|reduce|reduces|limit|limits|interfere with|interferes with|get in the way of|block|blocks)(?=_${gap(3)}(?:from_)?(?:being_)?(?:properly_|fully_)?(?:absorbed|absorption|uptake|assimilat))`,
    ],
    nb: [
      // "Ikke godt" is poorly absorbed; "ikke dårlig" in the gap denies it (find-terms.ts settles which).
      `(?:tas|tatt|blir tatt|ble tatt|opptas) ${gap(2)}(?:dårlig|dårligere|dårligst|lite|svakt|${NB_NOT_WELL}) opp`,
      `absorberes ${gap(2)}(?:dårlig|dårligere|dårligst|svakt|minimalt|${NB_NOT_WELL})`,
      `(?:dårlig|dårligere|dårligst|lite|svakt|vanskelig) (?:opptatt|absorbert|opptakelig|tatt opp|absorberbar${W})`,
      `(?:dårlig|dårlige|dårligere|lav|lavt|lave|lavere|begrenset|svakt|svak|minimalt|lite) ${gap(1)}${NB_UPTAKE}`,
      `${NB_UPTAKE} ${gap(2)}(?:dårlig|lavt|begrenset|svakt|minimalt|elendig)`,
      `(?:vanskelig|tungt|vanskeligere) (?:for kroppen )?å (?:ta opp|absorbere|nyttiggjøre)`,
      F(`(?:kan ikke|kan ikkje|klarer ikke|klarer ikkje) ${gap(2)}(?:ta opp|absorbere|nyttiggjøre)`, { opaque: true }),
      F(`beholder (?:nesten |knapt |bare )?(?:ingenting|lite|litt|noe særlig)`, { opaque: true }), B(`opptaksproblem${W}`), `(?:tar|tas|ta) (?:det )?opp (?:svært |veldig |så |bare |altfor )?(?:lite|litt)`,
      `(?:går|gikk|passerer|renner|glir|forsvinner) (?:rett |bare |direkte )+(?:gjennom|ut)(?: (?:tarmen|kroppen|deg))?`, `(?:går|gikk|passerer|renner|glir) (?:rett |bare |direkte )?(?:gjennom|ut av) (?:tarmen|kroppen|fordøyelsen)`,
      F(`(?:havner|kommer|når|går) (?:aldri|ikke|ikkje|knapt|sjelden) (?:over |ut |frem )?(?:i |til )?(?:blodet|blodbanen|cellene)`, { opaque: true }),
      F(`(?:aldri|ikke|ikkje|knapt|sjelden) (?:havner|kommer|når|går) (?:over |ut |frem )?(?:i |til )?(?:blodet|blodbanen|cellene)`, { opaque: true }),
      `(?:hindre${W}|hindrer|hemme${W}|hemmer|redusere${W}|reduserer|svekke${W}|svekker|begrense${W}|begrenser|ødelegge${W}|forstyrre${W})(?=_${gap(2)}(?:opptak|absorpsjon))`,
      `(?:hindre${W}|hindrer|hemme${W}|hemmer|forhindre${W}|forhindrer)(?=_${gap(4)}(?:tatt|tas|ta|tar)_(?:[\\p{L}]+_)?opp)`,
      F(`(?:ikke|ikkje|knapt|nesten ikke|nesten ikkje|dårlig|så vidt) (?:får |klarer å |klarer |greier å )?(?:ta|tas|tar|tatt) (?:det |den |dem |magnesiumet |stoffet )?opp`, { opaque: true }),
      F(`(?:får|klarer|greier) (?:nesten )?(?:knapt |ikke |ikkje |så vidt )+(?:å )?(?:ta|tatt) (?:det |den |dem )?opp`, { opaque: true }),
    ],
    nn: [`(?:vert|blir) ${gap(1)}(?:dårleg|lite) (?:teke|tatt) opp`, `dårleg ${gap(1)}opptak${W}`],
    bg: [
      `(?:слабо|зле|трудно|лошо|по-слабо|по-трудно|по-зле|едва|незначително|минимално|бавно|непълно) (?:се )?${BG_ABSORB}`,
      `${BG_ABSORB} (?:се )?(?:много |доста |сравнително )?(?:слабо|зле|трудно|лошо|минимално|непълно)`,
      `(?:ниск${W}|слаб${W}|лош${W}|ограничен${W}|минимал${W}|по-ниск${W}|намален${W}) ${gap(1)}${BG_AVAILABILITY}`,
      `трудноусвоим${W}`, `лошо усвоим${W}`, F(`не (?:задържа|задържат|задържа почти|усвоява почти) (?:почти )?(?:нищо|много)`, { opaque: true }), `неусвоен${W}`, `${BG_ABSORB} (?:толкова |съвсем |много |твърде |само )?малко`, `(?:минава${W}|преминава${W}|излиза${W}) (?:направо |директно |просто |почти |изцяло |напълно )*(?:през|от) (?:червата|тялото|организма|стомашно-чревния тракт)`, F(`без да (?:се )?(?:усвои|усвоят|усвоява|абсорбира)${W}`, { opaque: true }),
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
      '(?:handles?|handled|processes|processed|uses|utili[sz]es) (?:it )?(?:very |quite |really |so )?(?:well|easily|efficiently)',
      '(?:takes?|taking|took|soaks?|soaking|soaked) (?:it )?up (?:(?:most|more|very|so|the|far|really) )*(?:easily|readily|well|efficiently|best|better)',
    ],
    nb: [
      `(?:tas|tar|ta|tatt|blir tatt|ble tatt|opptas|absorberes) ${gap(2)}(?:godt|bedre|best|lett|lettere|raskt|effektivt|fint|utmerket)(?: opp)?`,
      `(?:godt|bedre|best|lett|lettere|raskt|effektivt) (?:opptatt|absorbert|opptakelig|tatt opp|absorberbar${W})`,
      `(?:god|godt|gode|høy|høyt|høye|bedre|best|utmerket|økt|større|høyere|effektivt|raskt) ${gap(1)}${NB_UPTAKE}`,
      `${NB_UPTAKE} ${gap(2)}(?:godt|høyt|bedre|utmerket|effektivt)`,
      // "Opptaket av magnesiumsitrat er godt": the verdict after the form, which keeps its own term.
      `${NB_UPTAKE}(?=_${gap(3)}(?:er|var|blir|ble)_(?:svært_|veldig_|ganske_|meget_|generelt_)?(?:godt|høyt|utmerket|bra)(?![\\p{L}]))`,
      `(?:lett|lettere|enkelt|enklere) (?:for kroppen )?å (?:ta opp|absorbere|nyttiggjøre)`,
      `(?:god|gode|bedre|beste|foretrukne|foretrukket) ${gap(1)}(?:form|former|formen|variant|varianter|type|typer)`,
      `lettopptakelig${W}`, `høyt? biotilgjengelig${W}`, `(?:håndterer|håndtere|utnytter|utnytte|takler) (?:[\\p{L}]+ )?(?:godt|bra|lett)`,
      `(?:lett|lettest|lettere|godt|best|bedre|raskt|effektivt) (?:tar|tas|tatt|ta) (?:det |den |dem )?opp`,
    ],
    nn: [`(?:vert|blir) ${gap(1)}(?:godt|betre|lett) (?:teke|tatt) opp`, `(?:godt|betre) ${gap(1)}opptak${W}`],
    bg: [
      `(?:добре|лесно|бързо|по-добре|по-лесно|най-добре|отлично|ефективно|напълно|по-бързо|изключително добре) (?:се )?${BG_ABSORB}`,
      `${BG_ABSORB} (?:се )?(?:много |доста |по-|най-|изключително |напълно |съвсем |съвсем )?(?:добре|лесно|бързо|ефективно|отлично|чудесно|прекрасно|безпроблемно|пълноценно)`,
      `(?:висок${W}|добр${W}|по-добр${W}|по-висок${W}|отлич${W}|повишен${W}|най-добр${W}|най-висок${W}|голям${W}|по-голям${W}) ${gap(1)}${BG_AVAILABILITY}`,
      `лесноусвоим${W}`, `добре усвоим${W}`, `справя${W} (?:се )?(?:много )?(?:добре|лесно)`, `(?:добри|по-добри|най-добри|предпочитани) ${gap(1)}форми${W}`,
    ],
  },
} satisfies LexiconPart;
