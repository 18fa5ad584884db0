import { B, F, R, W, exactly, gap, type LexiconPart } from './types.ts';

/** Physiology and mechanisms: receptors, signalling molecules, organs, vitamins. */
export const PHYSIOLOGY = {
  'nmda-receptor': {
    en: ['n-methyl-d-aspartate(?: \\(nmda\\))?(?: receptors?)?', R('nmda(?: receptors?)?'), 'glutamate receptors?'],
    nb: [R(`nmda(?: (?:reseptor|mottaker|mottak)${W})?`), `n-metyl-d-aspartat${W}`, B(`glutamatreseptor${W}`)],
    bg: [R(`nmda(?: рецептор${W})?`), `нмда(?: рецептор${W})?`, `глутамате?н${W} рецептор${W}`],
  },
  glutamate: {
    en: [R('glutamat'), 'excitatory amino acids?'],
    nb: [B('glutamat')],
    bg: [`глутамат${W}`],
  },
  calcium: {
    en: [B('calcium'), F('ca(?:2\\+|\\+\\+|\\(2\\+\\))', { accept: (o) => o.startsWith('Ca') })],
    nb: [B('kalsium')],
    bg: [`калци${W}`],
  },
  cgrp: {
    en: [R('cgrp'), 'calcitonin gene-related peptide'],
    nb: [R('cgrp'), `kalsitonin${W}`],
    bg: [R('cgrp'), `калцитонин${W}`],
  },
  serotonin: {
    en: [R('serotonin'), F('5-ht\\d*\\w?', { accept: (o) => o.startsWith('5-HT') }), '5-hydroxytryptamine'],
    nb: [B('serotonin')],
    bg: [`серотонин${W}`],
  },
  'substance-p': {
    en: ['substance p'],
    nb: ['substans p', B('substans-p')],
    bg: ['субстанция(?:та)? [pр]', 'вещество(?:то)? [pр]'],
  },
  'nitric-oxide': {
    en: ['nitric oxide', 'nitrogen monoxide', F('no', { accept: exactly('NO'), opaque: true })],
    nb: [B(`nitrogen~monoksid${W}`), B(`nitrogenoksid${W}`), 'nitrogen monoksid'],
    bg: [`азот${W} (?:моно)?оксид${W}`, `азотен окис${W}`, `азоте?н${W} окис${W}`],
  },
  acetylcholine: {
    en: [`acetylcholin${W}`, F('ach', { accept: exactly('ACh') })],
    nb: [B(`acetylkolin${W}`), B(`acetylcholin${W}`), B(`acetylkolin${W}`)],
    bg: [`ацетилхолин${W}`],
  },
  noradrenaline: {
    en: [`(?:nor)?adrenalin${W}`, `(?:nor)?epinephrin${W}`, 'stress hormones?', `catecholamin${W}`],
    nb: [B(`(?:nor)?adrenalin${W}`), B(`stresshormon${W}`), `(?:nor)?epinefrin${W}`],
    bg: [`(?:нор)?адреналин${W}`, `норепинефрин${W}`, `стрес${W} хормон${W}`, `катехоламин${W}`],
  },
  'cortical-spreading-depression': {
    en: [
      '(?:cortical )?spreading (?:cortical )?depressions?', F('csd', { accept: exactly('CSD') }),
      `waves? of ${gap(3)}(?:activity|activation|excitation|depolari[sz]ation)`,
      `(?:electrical|brain|neuronal) waves?`, `spreading (?:\\p{L}+ )?waves?`,
    ],
    nb: [
      `kortikal${W} spredende depresjon${W}`, `spredende (?:kortikal${W} )?depresjon${W}`, `spredende${W} (?:\\p{L}+ )?bølge${W}`,
      `bølge${W}(?=_${gap(4)}(?:aktiv${W}|hjerne${W}|nerve${W}|elektrisk${W}))`,
    ],
    bg: [
      `разпространява${W} (?:се )?вълн${W}`,
      `кортикале?н${W} (?:разпространяващ${W} (?:се )?)?депреси${W}`, `разпространяващ${W} (?:се )?(?:кортикале?н${W} )?депреси${W}`,
      `вълн${W}(?=_${gap(3)}(?:активност|възбуд|мозъ|деполяризаци))`,
    ],
  },
  'neuronal-excitability': {
    en: [
      `(?:hyper-?)?excitab${W}`, `excitotoxi${W}`, `over-?excit${W}`, `over-?activ${W}`, `hyper-?activ${W}`, `overstimulat${W}`,
      `hyperexcit${W}`, `over-?sensitiv${W}`, `hypersensitiv${W}`, 'too (?:easily )?(?:stimulated|excited)', 'fir(?:e|es|ing) (?:(?:far|way|much|all|much) )?too (?:easily|readily|often|quickly)', 'over-?fir(?:e|es|ing)',
      'excitatory', 'over-?firing', 'misfir(?:e|es|ing)', `irritab${W}`, `(?:jittery|jumpy|twitchy|edgy|frazzled|overwrought|wired)(?= (?:nerves?|nerve cells?|neurons?|brain cells?))`,
    ],
    nb: [
      B(`overaktiv${W}`), B(`hypereksitab${W}`), B(`eksitab${W}`), B(`eksitotoks${W}`), B(`overstimuler${W}`), B(`overfølsom${W}`),
      B(`overeksit${W}`), B(`irritab${W}`), `eksitatorisk${W}`, B(`pirrelig${W}`), `(?:urolig${W}|nervøs${W}|stresset${W})(?= (?:nerve|nerveceller|nervecellene|nevroner|hjerneceller))`, `(?:økt|høy) (?:nerve)?aktivitet`,
    ],
    bg: [`(?:свръх|хипер|пре)?възбуд${W}`, `ексцитотоксич${W}`, `свръхактив${W}`, `свръхчувствител${W}`, `хиперактив${W}`],
  },
  'blood-vessels': {
    en: [
      'blood~vessels?', '(?:blood )?vessel tone', 'vessels?', `vaso${W}`, 'vascular', 'arter(?:y|ies|ial)', 'blood pressure', 'blood flow',
      `spasms? ${gap(3)}of (?:the )?blood vessels`,
    ],
    nb: [B(`blodår${W}`), B(`blodkar${W}`), `vaso${W}`, `vaskulær${W}`, `arterie${W}`, B(`blodtrykk${W}`), B(`blodstrøm${W}`), B(`karvegg${W}`), 'kar(?:ene)?'],
    bg: [`кръвоносе?н${W} съд${W}`, `съдов${W}`, 'съдове(?:те)?', `вазо${W}`, `артери${W}`, `кръве?н${W} налягане${W}`, 'кръвното', `кръвоток${W}`],
  },
  inflammation: {
    en: [F(`anti-?inflammat${W}`, { also: ['reduces'] }), `inflam${W}`, `cytokin${W}`, `interleukin${W}`, F('il-\\d+', { accept: (o) => o.startsWith('IL') }), 'swelling'],
    nb: [B(`betennelses?dempende`, { also: ['reduces'] }), B(`betennels${W}`), B(`inflammat${W}`), B(`cytokin${W}`), B(`interleukin${W}`), `antiinflammator${W}`],
    bg: [F(`противовъзпал${W}`, { also: ['reduces'] }), `възпал${W}`, `цитокин${W}`, `интерлевкин${W}`],
  },
  mitochondria: {
    en: [`mitochondri${W}`, 'energy metabolism', 'energy production', "cells'? power~plants?", 'powerhouses?'],
    nb: [B(`mitokondri${W}`), B(`energiomsetning${W}`), B(`energiproduksjon${W}`)],
    bg: [`митохондри${W}`, `енергиен метаболизъм${W}`, `енергийн${W} (?:метаболизъм|обмяна)`],
  },
  atp: {
    en: [R('atp'), 'adenosine triphosphate', F('mgatp', { accept: exactly('MgATP') }), 'cellular energy', 'energy currency'],
    nb: [R('atp'), 'cellenes energi'],
    bg: [R('atp'), R('атф'), `аденозинтрифосфат${W}`, 'клетъчна енергия'],
  },
  enzymes: {
    en: [`enzym${W}`, 'co-?factors?', '(?:bio)?chemical reactions?', 'metabolic (?:reactions?|processes|functions?)', 'bodily processes'],
    nb: [B(`enzym${W}`), B(`ko-?faktor${W}`), '(?:bio)?kjemiske (?:reaksjoner|prosesser)'],
    bg: [`ензим${W}`, `ко-?фактор${W}`, `биохимиче?н${W} (?:реакци|процес)${W}`],
  },
  'muscle-function': {
    en: ['muscles?', 'muscular', 'muscle (?:contraction|relaxation|function|tone)', 'contraction', 'relaxation of (?:the )?muscles'],
    nb: [B(`muskel${W}`), B(`muskl${W}`), B(`muskul${W}`), B(`muskelsammentrekning${W}`)],
    bg: [`мускул${W}`, `мускуле?н${W} съкращени${W}`, `съкращени${W}`],
  },
  'nerve-function': {
    en: [
      'nerves?', 'nerve (?:function|impulses?|signals?|signall?ing|transmission|conduction|cells?)', 'nervous system', `neurons?`, 'neuronal',
      'neurotransmission', 'nerve cell communication', 'synap(?:se|ses|tic)', 'nervous',
    ],
    nb: [B(`nerve${W}`), B(`nervesystem${W}`), `nevron${W}`, B(`signaler${W}`), B(`nevrotransmisjon${W}`), B(`hjernecelle${W}`), 'nervøs'],
    bg: [`нерв${W}`, `невроне?н${W}`, `неврон${W}`, `невротрансмиси${W}`, `нервна(?:та)? система`, `нерве?н${W} импулс${W}`, `синап${W}`, `нервномускуле?н${W}`],
  },
  neurotransmitters: {
    en: [`neurotransmitters?`, 'chemical messengers?', 'brain chemicals?', 'signal(?:ling|ing)? (?:substances?|molecules?)'],
    nb: [B(`signalstoff${W}`), B(`nevrotransmitter${W}`), B(`transmittersubstans${W}`), B(`signalmolekyl${W}`)],
    bg: [`невротрансмитер${W}`, `невромедиатор${W}`, `медиатор${W}`, `сигнални молекули`],
  },
  brain: {
    en: ['brains?', 'cerebral', 'cortex', 'cortical', `hippocamp${W}`, 'basal ganglia', 'grey matter', 'white matter', 'brainstem'],
    nb: [R('hjern'), `cerebral${W}`, B(`hjernebark${W}`), 'cortex'],
    nn: [R('hjerne'), R('hjerna')],
    bg: [`(?<!гръб${W} )мозъ(?:к|ка|кът|ци|чен|чна|чни|чно|чния|чната)`, 'мозъчно', `церебрал${W}`, `хипокамп${W}`, `базале?н${W} ганглии`, 'кората на мозъка'],
  },
  'cerebrospinal-fluid': {
    en: ['cerebrospinal(?: fluid)?', F('csf', { accept: exactly('CSF') }), 'spinal fluid'],
    nb: [B(`cerebrospinal${W}`), B(`ryggmargsvæsk${W}`), B(`spinalvæsk${W}`), B(`hjernevæsk${W}`), 'væske i hjernen'],
    bg: [`цереброспинал${W}`, `гръбначно-?мозъче?н${W} течност${W}`, `ликвор${W}`],
  },
  genetics: {
    en: ['genes?', 'genetic(?:s|ally)?', 'genetic variants?', `hereditar${W}`, `inherit${W}`, `genotyp${W}`, `mutations?`, 'runs? in (?:the )?famil(?:y|ies)', 'dna'],
    nb: ['gen(?:er|ene|et)?', `genetisk${W}`, B(`genvari${W}`), `arvelig${W}`, `mutasjon${W}`, 'ligger i familien', '(?:går|gå|gikk) i arv', 'i arv', 'arves', `familiær${W}`],
    bg: ['ген(?:и|ите|ът|а)?', `генетич${W}`, `наследств${W}`, `гене?н${W}`, `мутаци${W}`],
  },
  glycine: {
    en: ['glycine'],
    nb: ['glysin(?:et)?', 'glycin'],
    bg: ['глицин(?:ът|а)?'],
  },
  'vitamin-d': {
    en: ['vitamin d\\d?', `(?:chole)?calciferol`, 'sunshine vitamin'],
    nb: [B(`d-vitamin${W}`), 'vitamin d\\d?'],
    bg: ['витамин(?:а|ът)? [dд]\\d?', 'д-витамин', `холекалциферол`],
  },
  'b-vitamins': {
    en: ['b[- ]?vitamins?', 'vitamin b\\d*', 'b6', 'b12', 'folate', 'folic acid', `cobalamin${W}`, 'pyridoxine', 'riboflavin'],
    nb: [B(`b-vitamin${W}`), 'vitamin b\\d*', 'b6', 'b12', 'folat', 'folsyre', 'riboflavin'],
    bg: [`витамин${W} (?:от )?(?:група )?[bв]\\d*`, '[bв]6', '[bв]12', `фолиев${W} киселин${W}`, `фолат${W}`, `рибофлавин`],
  },
} satisfies LexiconPart;
