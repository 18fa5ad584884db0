import { B, F, L, R, W, exactly, gap, type ConceptForms, type Entry, type LexiconPart } from './types.ts';
import { NOT_AFTER_NUTRIENT, NOT_AFTER_OTHER_ELEMENT, NOT_BEFORE_NUTRIENT, SALT_END, mgAhead, mgAheadBg, mgNear, mgNearBg } from './shared.ts';

/**
 * Magnesium, its salts and preparations, supplements, deficiency and levels.
 * Salt names are shared by en, nb, da, sv and de up to spelling, so one pattern covers them.
 */

/** A magnesium salt: "magnesium oxide", "magnesiumoksid", "oxide" alone, "магнезиев оксид". */
function salt(latin: string, bg: string, extra: { en?: Entry[]; nb?: Entry[]; bg?: Entry[] } = {}): ConceptForms {
  const compound = B(`magnesium~${latin}${SALT_END}`);
  const bare = F(`${NOT_AFTER_OTHER_ELEMENT}${latin}${SALT_END}`);
  // The salt as the head of a Nordic compound ("oksidtablettene", "sitrattilskudd").
  const head = R(`${NOT_AFTER_OTHER_ELEMENT}${latin}(?=(?:tablett|kapsl|kapsel|tilskudd|tilskud|tillskott|pulver|preparat|form|variant))`);
  return {
    en: [compound, bare, ...(extra.en ?? [])],
    nb: [compound, bare, head, ...(extra.nb ?? [])],
    da: [compound],
    sv: [compound],
    de: [compound],
    bg: [
      `магнезиев${W} ${bg}${W}`,
      `${bg}${W} на магнези${W}`,
      `магнезий ${bg}${W}`,
      F(`${NOT_AFTER_OTHER_ELEMENT}${bg}${W}`),
      ...(extra.bg ?? []),
    ],
  };
}

/** "400 mg of magnesium is too low" is about the amount, not a deficiency. */
const NOT_AN_AMOUNT = `(?<!(?:mg|milligrams?|grams?|doses?|dosage|rda|allowance|intake|amount|inntaket|inntak|dosen|мг|милиграма|доза|дозата|прием|приема)(?: of| på| от)? )`;

export const SUBSTANCES = {
  magnesium: {
    en: [B('magnesium'), 'magnesia', F('mg(?:2\\+|\\+\\+|\\(2\\+\\))?', { accept: (o) => o.startsWith('Mg') }), '(?:this|the) mineral', 'mag(?= (?:is|was|has|does|did|doesn\'t|didn\'t|helps?|helped|works?|worked|supplements?|pills?|tablets?|every|daily|at night|for|before|and|since|made|makes|gives?|gave|can|may|might|will|won\'t))', '(?<=(?:took|take|taking|takes|started|start|tried|try|trying|on|of|some|my|your|the|with|more) )mag(?![\\p{L}-])'],
    nb: [B('magnesium'), '(?:dette |det )?mineralet'],
    nn: [B('magnesium')],
    da: [B('magnesium')],
    sv: [B('magnesium')],
    de: [B('magnesium'), 'magnesiums'],
    bg: [`магнези${W}`, 'минерал(?:а|ът)', `магнезий${W}`],
  },
  'magnesium-oxide': salt('(?:oxid|oksid|oxyd)', 'оксид', { en: [F('mgo', { accept: exactly('MgO') })] }),
  'magnesium-hydroxide': salt('(?:hydroxid|hydroksid|hydroxyd)', 'хидроксид', { en: ['milk of magnesia'] }),
  'magnesium-citrate': salt('(?:citrat|sitrat|zitrat)', 'цитрат'),
  'magnesium-glycinate': salt('(?:bis~)?(?:glycinat|glysinat|glyzinat)', '(?:бис)?глицинат'),
  'magnesium-chloride': salt('(?:chlorid|klorid)', 'хлорид', { en: ['magnesium oil'], nb: ['magnesiumolje'], bg: ['магнезиево масло'] }),
  'magnesium-sulfate': salt('(?:sulfat|sulphat)', 'сулфат', {
    en: ['epsom salts?', B('epsomsalt' + W)],
    nb: [B('epsomsalt' + W), 'engelsk salt'],
    bg: [`английск${W} сол${W}`, `епсом${W} сол${W}`],
  }),
  // Bare "lactate" is mostly blood lactate, so only the compound counts.
  'magnesium-lactate': {
    en: [B(`magnesium~(?:lactat|laktat)${SALT_END}`)],
    nb: [B(`magnesium~(?:lactat|laktat)${SALT_END}`)],
    da: [B(`magnesium~laktat${SALT_END}`)],
    sv: [B(`magnesium~laktat${SALT_END}`)],
    de: [B(`magnesium~laktat${SALT_END}`)],
    bg: [`магнезиев${W} лактат${W}`, `лактат${W} на магнези${W}`, `магнезий лактат${W}`],
  },
  'magnesium-malate': salt('malat', 'малат'),
  'magnesium-aspartate': salt('(?<!d-)(?<!methyl-d-)(?:aspartat)', 'аспартат'),
  'magnesium-threonate': salt('(?:l-)?(?:threonat|treonat)', '(?:l-)?треонат', { en: ['magtein'], nb: ['magtein'] }),
  'magnesium-lysinate': salt('lysinat', 'лизинат'),
  'magnesium-gluconate': salt('(?:gluconat|glukonat|gluocat)', 'глюконат', { en: ['magonate'] }),
  'chelated-magnesium': {
    en: ['chelat(?:e|es|ed|ion)', 'amino acid chelates?', 'chelated forms?'],
    nb: [`chelat${W}`, `kelat${W}`, `chelater${W}`],
    bg: [`хелат${W}`, `хелате?н${W}`],
  },
  'liquid-magnesium': {
    en: [
      'liquids?',
      'magnesium drinks?',
    ],
    nb: ['flytende', 'flytande'],
    bg: [`тече?н${W}(?=_${gap(1)}(?:форм|магнези|добавк|вид|разтвор))`, `течен магнези${W}`, 'течна форма', `разтвор${W}`],
  },
  'slow-release': {
    en: [
      '(?:slow|time|timed|sustained|extended|delayed|controlled|prolonged|gradual|modified)~(?:release|released|releasing|acting)',
      'slow mag',
      `releas(?:e|es|ed|ing) (?:slowly|gradually|over (?:a |an )?${gap(2)}(?:period|hours))`,
    ],
    nb: [
      `(?:langsom|langsomt|sakte|forsinket|depot|gradvis|kontrollert|forlenget)${W} (?:frigjøring|frisetting|frigivelse|virkende|virkning|opptak)${W}`,
      B(`depot(?:tablett|form|preparat)${W}`),
      `langtidsvirkende`,
      R('depot'),
    ],
    bg: [
      `(?:баве?н${W}|удължен${W}|забавен${W}|забавен${W}|постепене?н${W}|контролиран${W}|продължителе?н${W}) (?:освобождаван${W}|освобождава${W}|действ${W}|отделян${W})`,
      `ретард${W}`,
    ],
  },
  'enteric-coating': {
    en: ['enteric(?:ally)?(?: coat(?:ed|ing|ings)?)?', 'gastro-?resistant', `coated(?= (?:tablets?|pills?|capsules?))`, `(?:dissolv${W}|releas${W}|open${W})(?=_${gap(1)}(?:in|into) the (?:small )?(?:intestines?|bowel|gut) (?:instead|rather))`],
    nb: [`enterodrasjer${W}`, `magesaftresistent${W}`, `enterisk${W}`, `tarmoppløselig${W}`],
    bg: [`стомашно~устойчив${W}`, `ентеросолвент${W}`, `ентерич${W}`, `чревноразтворим${W}`, `стомашно~резистент${W}`],
  },
  intravenous: {
    en: [
      'intravenous(?:ly)?',
      F('i\\.?v\\.?', { accept: exactly('IV', 'I.V.', 'i.v.', 'IVs') }),
      'infusions?', 'infused', 'injections?', 'injected', 'injectable', 'into (?:a|the) vein', 'drips?', `parenteral${W}`,
    ],
    nb: [`intravenøs${W}`, `intravenos${W}`, L(`infusjon${W}`), L(`injeksjon${W}`), `sprøyt${W}`, 'rett i (?:blodet|blodåre\\p{L}*)', 'drypp'],
    bg: [`интравеноз${W}`, `венозе?н${W}`, `инфузи${W}`, `вливан${W}`, `инжекци${W}`, `инжектира${W}`, 'във вената', 'венозно'],
  },
  oral: {
    en: ['oral(?:ly)?', 'by mouth', 'pills?', 'tablets?', 'capsules?', 'gummies', 'powders?', 'softgels?', 'caps'],
    nb: [`oral${W}`, '(?:gjennom|via) munnen', `tablett${W}`, 'piller?', 'pillene', `kapsl${W}`, 'kapsel', `pulver${W}`, `brusetablett${W}`],
    nn: ['pillar', `tablettar${W}`],
    bg: [`перорал${W}`, `орал${W}`, 'през устата', `таблет${W}`, `хапче${W}`, 'хапчета', `капсул${W}`, 'на прах'],
  },
  topical: {
    en: [
      'topical(?:ly)?', 'transdermal(?:ly)?', '(?:salt |epsom |foot )?baths?', 'bathing', 'soak(?:s|ing|ed)?', 'sprays?',
      'lotions?', 'creams?', 'rubbed in', '(?:on|onto|into|through|via) (?:the |your )?skin',
    ],
    nb: [
      `topisk${W}`, 'utvortes', B(`(?:salt|fot|magnesium|epsomsalt)bad${W}`), 'badekar(?:et)?', 'bading', 'i badet', `(?<=(?<![\\p{L}])(?:et|i|varmt|deilig|godt) )bad(?:et)?`,
      L(`spray${W}`), `krem${W}`, `lotion${W}`, '(?:gjennom|på|via|i) huden', `bad(?= med (?:epsomsalt|magnesium|salt|engelsk salt))`,
    ],
    bg: [
      `локал${W}`, `топикал${W}`, `трансдермал${W}`, '(?:върху|през|на|в) кожата', 'ван(?:а|ата|и|ите)', 'бан(?:я|ята|и|ите)', `ванички${W}`,
      `спрей${W}`, 'крем(?:ове|а|ът|овете)?', `лосион${W}`, `накисва${W}`,
    ],
  },
  supplement: {
    en: [
      'supplement(?:s|ed|ing|al|ation|ations)?',
      `(?:take|takes|taking|taken|took|start(?:ed|ing)? on|add(?:ing|ed)?|use|using|tried|trying|try|combin(?:e|es|ed|ing)|pair(?:s|ed|ing)?)${mgAhead(2)}`,
      `(?:extra|additional|supplementary|supplemental)${mgAhead(1)}`,
      `(?<=(?:magnesium|calcium)${W}_${gap(3)})(?:taken|take|taking)`,
      `(?:take|takes|taking|taken|took|combine|combined|combining|pair|paired|pairing)(?=_${gap(2)}(?:calcium|kalsium)${W} (?:and|with|together) ${gap(1)}magnesium)`,
      'nutraceuticals?',
    ],
    nb: [
      L(`tilskudd${W}`), `supplement${W}`, `suppler${W}`,
      `(?:ta|tar|tok|tatt|tas|tatt|bruke|bruker|brukte|prøve|prøvde|inntak|inntaket)${mgAhead(2)}`,
      `(?:ekstra)${mgAhead(1)}`,
      `(?<=(?:magnesium|kalsium)${W}_${gap(3)})(?:tas|tatt|ta|tar)(?= )`,
    ],
    nn: [L(`tilskot${W}`), `(?:tek|tok|teke|ta)${mgAhead(2)}`],
    da: [L(`tilskud${W}`)],
    sv: [L(`tillskott${W}`)],
    de: [L(`ergänzung${W}`), `supplement${W}`, `präparat${W}`],
    bg: [
      `добавк${W}`, `суплемент${W}`, `суплементаци${W}`,
      `(?:прием${W}|приема${W}|взема${W}|пие${W}|пия|пиене|приемане${W}|пия|пием|пиете|пият)${mgAheadBg(3)}`,
      `допълнител${W}${mgAheadBg(1)}`,
      `(?<=(?:магнези|калци)${W}_${gap(3)})(?:приема${W}|взема${W}|пие${W})`,
    ],
  },
  additives: {
    en: [
      'additives?', 'fillers?', 'binders?', 'excipients?', 'inactive ingredients?', 'other ingredients', 'added (?:substances?|ingredients?|compounds?)',
      `(?:substance|substances|compound|stuff|salt)(?=_${gap(2)}(?:combined|bound|paired|mixed|attached)_)`, 'brands?', 'what (?:it|the magnesium) is (?:combined|bound|paired) with',
    ],
    nb: [B(`tilsetningsstoff${W}`), B(`fyllstoff${W}`), B(`hjelpestoff${W}`), 'andre ingredienser', `(?:stoff|stoffet|stoffer|forbindelsen)(?=_${gap(3)}(?:kombinert|bundet|blandet|koblet))`, 'merker?', 'merket'],
    bg: [`добавен${W} (?:веществ|съставк)${W}`, `пълнител${W}`, `помощн${W} веществ${W}`, `(?:веществото|съединението|солта)(?=_${gap(3)}(?:свързан|комбиниран|смесен))`, `марка(?:та)?`, 'марки(?:те)?'],
  },
  'magnesium-deficiency': {
    en: [
      `magnesium~deficien(?:cy|cies|t)`,
      F(`${NOT_AFTER_NUTRIENT}deficien(?:cy|cies)${NOT_BEFORE_NUTRIENT}`),
      `deficient${mgNear(1)}`,
      `hypomagnes${W}`,
      `magnesium (?:depletion|shortage|insufficiency|loss|wasting)`,
      `(?:low|lower|less|reduced|decreased|insufficient|inadequate|suboptimal|poor|diminished|depleted|deficient|falling|dropping|drain(?:s|ed|ing)?|uses? up|used up|eat(?:s|ing)? up|ate up|gobble(?:s|d)? up|chew(?:s|ed)? through|burn(?:s|ed)? through|robs?(?: (?:you|the body|your body) of)?|strip(?:s|ped)? (?:\\S+ )?of|sap(?:s|ped)?|flush(?:es|ed)? out|lose|loses|losing|lost)${mgNear(3)}`,
      F(`(?:not enough|(?:don't|do not|doesn't|does not|didn't|aren't|are not|isn't|never) (?:get|getting|have|having|take|taking|eat|eating)? ?enough|too little|lack of|lacking(?: in)?|a lack of|short(?: on| of)|shortage of|low in|deprived of|running low on|run low on|runs? out of|running out of|ran out of|without enough|deplet(?:e|es|ed|ion|ing)(?: of)?)${mgNear(3)}`, { opaque: true }),
      `(?<=${NOT_AN_AMOUNT}magnesium${W}_${gap(2)}(?:are|is|were|was|be|been|become|became|get|gets|got|run|runs|ran|remain|remains|fall|falls|fell|drop|drops|dropped|tend to be|tends to be) (?:too |very |often |abnormally |significantly |relatively |chronically )?)(?:low|lower|reduced|depleted|insufficient|inadequate|deficient|decreased)`,
      `(?<=magnesium${W}_${gap(3)})(?:at|near|in|on|towards?) the (?:very )?(?:bottom|low end|lower end|low side|lower side|bottom end|lower limit)`, `(?<=magnesium${W}_${gap(3)})(?:rock[- ]bottom|bottoming out|bottomed out|scraping the bottom)`,
    ],
    nb: [
      B(`magnesium~mangel-?sykdom${W}`, { also: ['causes'] }),
      B(`magnesium~mangel${W}`),
      F(`${NOT_AFTER_NUTRIENT}mangel(?:en|tilstand${W}|fulle|full|situasjon${W})?${NOT_BEFORE_NUTRIENT}`),
      `hypomagnes${W}`,
      F(`(?:lav|lave|lavt|lavere|laveste|mindre|redusert|reduserte|nedsatt|nedsatte|for lite|lite|ikke nok|ikkje nok|utilstrekkelig|utilstrekkelige|manglende|mangler|mangle|underskudd på|tom for|tomme for|tomme|tomt|synkende|fallende|tapper|tappe|tømmer|tømme|tærer på|tære på|bruker opp|spiser opp|spiste opp|sluker|forbruker|tap av|mister|taper)${mgNear(3)}`, { opaque: true }),
      `(?<=${NOT_AN_AMOUNT}magnesium${W}_${gap(2)}(?:er|var|blir|ble|har vært) (?:for |veldig |ofte |unormalt |betydelig )?)(?:lav|lavt|lave|lavere|redusert|nedsatt)`,
      `(?<=${NOT_AN_AMOUNT}magnesium${W}_(?:(?:er|var|blir|ble)_)?(?:for_|veldig_|ofte_|betydelig_)?)(?:lav|lavt|lave|lavere|redusert|nedsatt)`,
    ],
    nn: [B(`magnesium~mangel${W}`), F(`(?:låg|låge|lågt|for lite|ikkje nok)${mgNear(3)}`, { opaque: true })],
    da: [B(`magnesium~mangel${W}`), F(`(?:lav|lavt|lave|for lidt|ikke nok)${mgNear(3)}`, { opaque: true })],
    sv: [B(`magnesium~brist${W}`), F(`brist${W}${NOT_BEFORE_NUTRIENT}`), F(`(?:låg|låga|lågt|för lite|inte tillräckligt)${mgNear(3)}`, { opaque: true })],
    de: [B(`magnesium~mangel${W}`), F(`(?:niedrig${W}|zu wenig|nicht genug)${mgNear(3)}`, { opaque: true })],
    bg: [
      `хипомагнезием${W}`,
      `магнезиев${W} (?:дефицит|недостиг|недоимък)${W}`,
      F(`${NOT_AFTER_NUTRIENT}(?:дефицит|недостиг|недоимък)${W}${NOT_BEFORE_NUTRIENT}`),
      F(`не (?:си )?(?:набавя${W}|получава${W}|приема${W}|поема${W}) (?:достатъчно|нужното количество)${mgAheadBg(2)}`, { opaque: true }),
      F(`(?:липс${W}|нисък|ниск${W}|по-нисък|по-ниск${W}|намален${W}|намаление${W}|намаляване|понижен${W}|понижаване|недостатъче?н${W}|малко|твърде малко|спад${W}|изчерпан${W}|изчерпване|изчерпва${W}|изразходва${W}|изразходване|изтощава${W}|изяжда${W}|изгаря${W}|губи|губят|загуба)${mgNearBg(4)}`, { opaque: true }),
      `(?<=${NOT_AN_AMOUNT}магнези${W}_${gap(3)}(?:е|са|бил|била|били|беше|бяха|стана|станаха|остава|остават) (?:твърде |много |често |силно )?)(?:нис${W}|намален${W}|понижен${W}|недостатъч${W})`,
    ],
  },
  'magnesium-level': {
    en: [
      `magnesium (?:levels?|status|stores|concentrations?|content|values?|balance|reserves?|readings?|counts?)`,
      `(?:levels?|concentrations?|amounts?|stores|status|content|quantity|quantities|reserves?)(?= of ${gap(2)}magnesium)`,
      '(?:tissue|body|cellular|blood) (?:levels|stores|reserves)',
      `how much magnesium`,
    ],
    nb: [
      B(`magnesium~(?:verdi|nivå|innhold|status|konsentrasjon|mengde|lager|lagre|balanse|speil|reserve)${W}`),
      `(?:nivå|verdi|innhold|mengde|konsentrasjon|lager|lagre|status)${W}(?= (?:av|på|med) ${gap(1)}magnesium)`,
      B(`blodverdi${W}`),
      `hvor mye magnesium`,
    ],
    nn: [`kor mykje magnesium`],
    bg: [
      `(?:нив(?:о|ото|а|ата)|съдържание${W}|концентраци${W}|количеств${W}|запас${W}|статус${W}|стойност${W})${mgAheadBg(3)}`,
      `магнезиев${W} (?:нива|ниво|статус|запаси|баланс|стойности)${W}`,
      `магнезиеми${W}`,
    ],
  },
} satisfies LexiconPart;
