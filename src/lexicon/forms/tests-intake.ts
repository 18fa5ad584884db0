import { B, F, R, W, gap, type LexiconPart } from './types.ts';

/** Laboratory tests, dose, diet and foods, medicines, alcohol. */
export const TESTS_INTAKE = {
  'serum-test': {
    en: [R('serum'), '(?:normal|ordinary|standard|routine|regular|usual|simple|common) blood tests?', 'blood tests?', 'blood work', 'bloodwork', 'blood samples?', 'blood draws?', 'plasma', 'lab tests?', 'standard tests?', 'blood levels?'],
    nb: [B(`serum${W}`), `(?:vanlig${W}|ordinær${W}|standard|enkel${W}|alminnelig${W}) (?:blodprøve|blodtest|serumblodprøve|serumprøve|serumtest)${W}`, B(`blodprøve${W}`), B(`blodtest${W}`), B(`blodprøv${W}`), `plasma${W}`],
    bg: [`серум${W}`, `(?:обикновен${W}|обичай${W}|стандарте?н${W}|рутине?н${W}) (?:серум${W} )?(?:кръв${W} )?(?:тест|изследван|проб)${W}`, `кръве?н${W} (?:тест|изследван|проб)${W}`, `изследван${W} на кръвта`, `плазма${W}`, 'в кръвта'],
  },
  'intracellular-test': {
    en: [
      'intracellular', 'red (?:blood )?cells?', `erythrocyt${W}`, 'rbc', 'whole~blood', 'inside (?:the )?cells', 'within (?:the )?cells',
      'cellular levels?', 'tissue (?:levels?|tests?|stores)', 'ionized magnesium', 'ionised magnesium',
    ],
    nb: [B(`intracellulær${W}`), B(`helblod${W}`), `røde blodce(?:ller|llene|lle)`, 'inne i cellene', 'i cellene', `erytrocytt${W}`],
    bg: [`вътреклетъч${W}`, `червен${W} кръве?н${W} клет${W}`, `еритроцит${W}`, 'цяла кръв', 'в клетките', `йонизиран${W} магнези${W}`],
  },
  'urine-test': {
    en: [`urin${W}`, '24-hour urine'],
    nb: [R('urin'), B(`døgnurin${W}`)],
    bg: [`урин${W}`],
  },
  'hair-test': {
    en: ['hair(?: (?:mineral )?(?:analysis|tests?|samples?|testing))?'],
    nb: [B(`hårprøve${W}`), B(`håranalyse${W}`), B(`hårmineralanalyse${W}`), 'hår(?:et)?'],
    bg: ['кос(?:а|ата|ъм|мите)', `анализ${W} на косата`],
  },
  dose: {
    en: ['\\d+(?:[.,]\\d+)?~(?:mg|milligrams?|g|grams?|mcg)(?![\\p{L}])', `dos(?:e|es|ed|age|ages|ing)`, 'milligrams?', '(?:how much|the amount) to take', '(?:how much|the amount) (?:you|one|people|we) (?:can|should|may|could) (?:take|tolerate|handle)', 'intake level', 'ratios?', 'proportions?'],
    nb: [B(`dose${W}`), `doser${W}`, 'milligram', 'hvor mye (?:man|du) (?:bør )?ta', `dosering${W}`, `forhold(?:et)?(?=_${gap(2)}(?:\\d|mellom|av))`],
    bg: [`доз${W}`, `дозиров${W}`, '\\d+(?:[.,]\\d+)?~(?:мг|милиграма?)(?![\\p{L}])', `милиграм${W}`, `съотношени${W}`],
  },
  rda: {
    en: [
      F('rda', { accept: (o) => o === 'RDA' }), 'recommended (?:daily |dietary )?(?:allowance|intake|amount|dose)', 'daily (?:allowance|requirement|value)', '(?:official |daily |recommended |government )+(?:recommendation|allowance|intake|guidelines?)',
      F('dri', { accept: (o) => o === 'DRI' }), 'reference intake', 'daily recommended (?:intake|amount|dose)',
    ],
    nb: [`anbefalt${W} (?:daglig${W} )?(?:inntak|mengde|dose)${W}`, `dagl${W} anbefalt${W} (?:inntak|mengde|dose)${W}`, 'ADT', 'referanseverdi'],
    bg: [`препоръчител${W} (?:дневе?н${W} )?(?:доз|прием|количеств|прием)${W}`, `дневе?н${W} (?:норм|нужд|прием)${W}`, `препоръчван${W} дневе?н${W}`],
  },
  diet: {
    en: ['diets?', 'dietary', 'foods?', 'meals?', 'eat(?:s|ing|en)?', 'ate', `nutrition${W}`, 'intake', 'with food', 'groceries', 'dishes'],
    nb: [`kost(?:hold|holdet|en|råd)?`, 'mat(?:en|varer|varene|vaner)?', B(`måltid${W}`), `ernæring${W}`, `spis${W}`, B(`inntak${W}`), 'føde'],
    nn: ['kosthald(?:et)?', 'maten', `et(?:e|er)`],
    bg: [`хран(?:а|ата|и|ите|ене|енето|ителе?н${W})`, `диет${W}`, `хранителе?н${W} режим${W}`, 'ядене(?:то)?', `яде${W}`, 'ям', `прием${W} (?:с|чрез) храна${W}`],
  },
  'magnesium-rich-foods': {
    en: [
      '(?:pumpkin |sunflower |chia |flax |sesame )?seeds', 'nuts', 'almonds?', 'cashews?', 'leafy greens?', 'greens', 'spinach', 'kale', 'avocados?',
      '(?:dark )?chocolate', 'cocoa', 'legumes', 'beans', 'bananas?', 'quinoa', 'tofu', 'lentils',
      'magnesium-rich (?:foods?|diet)?', 'foods? (?:rich|high) in magnesium', 'rich in magnesium',
    ],
    nb: [
      B(`nøtt${W}`), 'frø(?:et|ene)?', B(`gresskarkjern${W}`), B(`solsikkefrø${W}`), `mandl${W}`, `cashew${W}`, B(`bladgrønnsak${W}`), 'grønnsaker', 'spinat',
      `avokado${W}`, `(?:mørk )?sjokolade${W}`, B(`belgfrukt${W}`), 'bønner', 'bananer?', 'kakao', 'linser',
      B(`magnesiumrik${W}`), 'rik(?:e)? på magnesium',
    ],
    bg: [
      `тиквен${W} семк${W}`, `семк${W}`, 'семена(?:та)?', `ядк${W}`, `бадем${W}`, 'кашу', `листе?н${W} зеленчуц${W}`, `зелен${W} листе?н${W}`, `спанак${W}`,
      `авокадо${W}`, `(?:тъмен |черен )?шоколад${W}`, `бобов${W}`, 'боб(?:а|ът)?', `банан${W}`, `какао`, `леща(?:та)?`,
      `богат${W} на магнези${W}`,
    ],
  },
  'phytic-acid': {
    en: ['phytic acid', `phytat${W}`, 'phytin'],
    nb: [B(`fytinsyre${W}`), `fytat${W}`],
    bg: [`фитинов${W} киселин${W}`, `фитат${W}`, `фитин${W}`],
  },
  'drug-interactions': {
    en: [
      `(?:drug )?interact(?:s|ion|ions|ing)?(?=_${gap(4)}(?:medicat${W}|medicines?|drugs?|prescriptions?|pills?|supplements?|antibiotics?|blockers?|diuretics?))`,
      'drug interactions?', '(?:drug|medication|medicine)-?(?:supplement )?interactions?',
      `(?<=(?:dose|doses|dosage|dosages|dosing)_${gap(3)})(?:adjust${W}|altered|changing|tweak${W})`,
      `adjust${W}(?=_${gap(2)}(?:dose|doses|dosage|dosing))`,
      `(?:affect|affects|affected|alter|alters|weaken|weakens|blunt|blunts)(?=_${gap(3)}(?:medicat${W}|medicines?|drugs?|prescriptions?|antibiotics?))`,
      `interfer(?:e|es|ed|ing) with(?=_${gap(3)}(?:medicat${W}|medicines?|drugs?|antibiotics?|prescriptions?))`, `(?:reduce|reduces|lower|lowers|affect|affects)(?= (?:the )?(?:effectiveness|efficacy|absorption|effect) of ${gap(2)}(?:medicat${W}|medicines?|drugs?|antibiotics?))`,
    ],
    nb: [
      B(`interaksjon${W}`), `interager${W}`, `(?<=dose${W}_${gap(3)})(?:juster${W}|endre${W})`, `(?:påvirke|påvirker|påvirket|forstyrre${W})(?=_${gap(3)}(?:medisin|legemid|medikament|antibiotika))`, `samspill${W}(?=_${gap(3)}(?:medisin|legemid))`, 'påvirke effekten av',
      `(?:påvirke|påvirker|svekke|svekker|redusere|reduserer)(?= (?:effekten|virkningen|opptaket) av ${gap(2)}(?:medisin${W}|legemid${W}))`,
    ],
    bg: [
      `взаимодейств${W}(?=_${gap(4)}(?:лекарств|медикамент|препарат|добавк|антибиотиц))`, `(?:повлияе|повлияят|повлиява${W}|влияе|влияят)(?=_(?:на_)?(?:(?:действието|ефекта|ефективността|усвояването)_на_)?${gap(2)}(?:лекарств|медикамент|антибиотиц))`, `лекарствен${W} взаимодейств${W}`, `(?<=доз${W}_${gap(3)})(?:коригира${W}|коригиран${W}|промен${W}|адаптира${W})`,
      `(?:намалява${W}|повлиява${W}|отслабва${W})(?= (?:ефекта|ефективността|действието) на ${gap(2)}(?:лекарств|медикамент))`,
    ],
  },
  'blood-pressure-medication': {
    en: [
      'blood~pressure (?:medications?|medicines?|drugs?|pills?|tablets?|meds)', `antihypertensive${W}`, 'calcium~channel blockers?',
      'diuretics?', 'water pills?', 'beta~blockers?', 'ace inhibitors?', 'hypertension (?:medications?|drugs?|meds)',
    ],
    nb: [
      B(`blodtrykks(?:medisin|medikament|senkende|tablett|legemid)${W}`), B(`kalsium(?:kanal)?blokker${W}`), 'vanndrivende', `diuretik${W}`, B(`betablokker${W}`),
      'ace-hemmer(?:e)?',
    ],
    bg: [
      `(?:лекарств|медикамент|хапчет)${W}_${gap(1)}(?:за|срещу) (?:високо )?(?:кръвно|кръвното налягане|хипертония)`, `антихипертензив${W}`,
      `калциев${W} (?:канал${W} )?блокер${W}`, `диуретиц${W}`, `диуретик${W}`, `отводняващ${W}`, `бета-?блокер${W}`,
    ],
  },
  alcohol: {
    en: [`alcohol${W}`, 'drinking', 'booze', 'ethanol', 'binge drinking', '(?:heavy |problem )?drinkers?'],
    nb: [B(`alkohol${W}`), 'drikking', 'fyll(?:a|en)?', 'promille'],
    bg: [`алкохол${W}`, `пиене${W}`],
  },
} satisfies LexiconPart;
