import { describe, expect, it } from 'vitest';
import { loadClaimBundle } from '../../../src/claims/database.ts';
import { createMatcher, type MatcherBundle } from '../../../src/matching/matcher.ts';
import { TextMatchSchema } from '../../../src/matching/schema.ts';

const bundle = loadClaimBundle();
const matcher = createMatcher(bundle);

describe('createMatcher', () => {
  it('matches a sentence only when it holds a whole claim signature', () => {
    expect(matcher.matchText('Magnesium blocks NMDA receptors.').matches.map((m) => m.claimId)).toEqual(['magnesium-blocks-nmda-receptors']);
    const mention = matcher.matchText('I read an article about magnesium and migraine yesterday.');
    expect(mention.matches).toEqual([]);
    expect(mention.terms.map((t) => t.concept)).toEqual(['magnesium', 'migraine']);
  });

  it('does not read a mention of a doctor as advice to consult one', () => {
    expect(matcher.matchText('Den kjente legen Mark Hyman har skrevet om magnesium.').matches).toEqual([]);
    expect(matcher.matchText('Snakk med legen før du begynner med magnesium.').matches[0]?.claimId).toBe('consult-a-doctor-before-taking-magnesium');
  });

  it('reads how long someone has taken magnesium as a span of use, not as a wait before it works', () => {
    for (const [text, lang] of [['Jeg har tatt magnesium i to uker nå.', 'nb'], ['Пия магнезий от две седмици.', 'bg'], ["I've been on magnesium for two weeks now.", 'en']] as const) {
      expect(matcher.matchText(text, lang).matches, text).toEqual([]);
    }
    for (const [text, lang] of [['Det tar gjerne noen uker før man merker effekt av magnesium.', 'nb'], ['Ефектът от магнезия се проявява след няколко седмици.', 'bg']] as const) {
      expect(matcher.matchText(text, lang).matches[0]?.claimId, text).toBe('magnesium-takes-weeks-to-work');
    }
  });

  it("reads bg 'не лекува ..., но облекчава' as the not-a-cure claim", () => {
    const [match] = matcher.matchText('Магнезият не лекува мигрената, но може да облекчи симптомите.', 'bg').matches;
    expect([match?.claimId, match?.polarity]).toEqual(['magnesium-is-not-a-cure', 'affirms']);
  });

  it('reads a report of asking a doctor as no advice to consult one, unless a modal makes it advice', () => {
    for (const text of ['More and more people with migraine ask their doctor about magnesium.', 'Все повече хора с мигрена питат лекаря си за магнезий.']) {
      expect(matcher.matchText(text).matches, text).toEqual([]);
    }
    expect(matcher.matchText('Patients should ask their doctor before taking magnesium.').matches[0]?.claimId).toBe('consult-a-doctor-before-taking-magnesium');
  });

  it("reads 'won't cure, but eases the symptoms' as the cure claim: the relief is not of the condition named across the contrast", () => {
    for (const text of [
      "Magnesium won't cure your migraine, but it can ease the symptoms.",
      'Magnesium kan dempe symptomene, men det kurerer ikke migrene.',
      'Магнезият няма да излекува мигрената ви, но може да облекчи симптомите.',
    ]) {
      const [m] = matcher.matchText(text).matches;
      expect([m?.claimId, m?.polarity], text).toEqual(['magnesium-is-not-a-cure', 'affirms']);
    }
    // A pronoun across the contrast still refers to the topic.
    expect(matcher.matchText('Oxide is the cheapest form, but most of it never makes it into your bloodstream.').matches[0]?.claimId).toBe(
      'magnesium-oxide-poorly-absorbed',
    );
  });

  it('does not read a few small studies that report a finding as the absence of large studies', () => {
    const [m] = matcher.matchText('Няколко малки проучвания показват, че магнезият може да намали броя на мигренозните пристъпи.').matches;
    expect(m?.claimId).toBe('magnesium-reduces-migraine-frequency');
    expect(matcher.matchText('Only a few small studies have looked at magnesium for migraine.').matches[0]?.claimId).toBe(
      'no-large-studies-on-magnesium-for-migraine',
    );
  });

  it('reads no claim into a yes/no question or into what a study or a reader only asks about', () => {
    for (const text of [
      'Does magnesium help with migraine?',
      'Hjelper magnesium mot migrene?',
      'Помага ли магнезият при мигрена?',
      'The trial will test whether magnesium reduces migraine days.',
      'Studien skal undersøke om magnesium gir færre migreneanfall.',
      'Проучването ще провери дали магнезият намалява пристъпите на мигрена.',
      "I'm going to ask my doctor if I should try magnesium.",
    ]) {
      expect(matcher.matchText(text).matches, text).toEqual([]);
    }
    // A wh-question takes its content as given; advice to ask presumes the possibility.
    expect(matcher.matchText('Why choose magnesium glycinate for migraine prevention?').matches[0]?.claimId).toBe('magnesium-glycinate-helps-migraine');
    expect(matcher.matchText('Ask your pharmacist whether magnesium clashes with your blood pressure pills.').matches[0]?.claimId).toBe(
      'magnesium-and-blood-pressure-medicines',
    );
  });

  it('lets a specific condition account for its symptoms: the seizures of eclampsia are not epilepsy', () => {
    expect(matcher.matchText('In pre-eclampsia, magnesium sulfate cuts the risk of seizures.').matches[0]?.claimId).toBe('magnesium-for-eclampsia');
    expect(matcher.matchText('Magnesium cuts the risk of seizures.').matches[0]?.claimId).toBe('magnesium-supplements-help-epilepsy');
  });

  it('matches across languages: a Bulgarian or Norwegian sentence, an English-evidence claim', () => {
    expect(matcher.matchText('Магнезиевият оксид се усвоява слабо.').matches[0]?.claimId).toBe('magnesium-oxide-poorly-absorbed');
    expect(matcher.matchText('Magnesiumoksid tas dårlig opp.').matches[0]?.claimId).toBe('magnesium-oxide-poorly-absorbed');
  });

  it('prefers the claim with the most concepts', () => {
    const [m] = matcher.matchText('All migraine patients should take magnesium supplements.').matches;
    expect(m?.claimId).toBe('all-migraine-patients-should-take-magnesium');
    expect(m?.concepts).toEqual(expect.arrayContaining(['magnesium', 'migraine', 'recommendation', 'everyone-with-condition']));
  });

  it('reads diarrhoea as the digestive upset of the side-effect claim, but prefers a claim that names it', () => {
    for (const text of [
      'The most common side effect of magnesium supplements is diarrhoea, especially at high doses.',
      'Den vanligste bivirkningen av magnesiumtilskudd er diaré, særlig ved høye doser.',
      'Най-честият страничен ефект на магнезиевите добавки е диарията, особено при високи дози.',
    ]) {
      expect(matcher.matchText(text).matches[0], text).toMatchObject({ claimId: 'stomach-upset-most-common-side-effect', polarity: 'affirms' });
    }
    expect(matcher.matchText('Taking too much magnesium can give you diarrhoea.').matches[0]?.claimId).toBe('magnesium-laxative-effect');
    expect(matcher.matchText('Magnesium gives me diarrhoea.').matches[0]?.claimId).toBe('magnesium-laxative-effect');
  });

  it('tells side effects from safety: having side effects is not the low-risk claim, being safe is', () => {
    for (const text of [
      'Magnesium supplements can have side effects.',
      'Magnesiumtilskudd kan gi bivirkninger.',
      'Магнезиевите добавки могат да имат странични ефекти.',
    ]) {
      expect(matcher.matchText(text).matches, text).toEqual([]);
    }
    for (const text of [
      'Magnesium is safe.',
      'Magnesium supplements are well tolerated.',
      'Magnesium har få bivirkninger.',
      'Magnesium er trygt.',
      'Магнезият е безопасен.',
      'Магнезият няма странични ефекти.',
    ]) {
      expect(matcher.matchText(text).matches[0], text).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'affirms' });
    }
    // The side effect claim about added substances keeps its side effects.
    expect(matcher.matchText('If a magnesium product gives you side effects, the fillers may be to blame.').matches[0]?.claimId).toBe(
      'side-effects-may-come-from-added-substances',
    );
  });

  it('prefers the claim about the specific form over one about magnesium in general', () => {
    expect(matcher.matchText('Magnesium glycinate is a great way to prevent migraines.').matches[0]?.claimId).toBe('magnesium-glycinate-helps-migraine');
  });

  it('reports sentence offsets relative to the text, one match per sentence at most', () => {
    const text = 'Intro line without terms.\n\nMagnesium oxide is poorly absorbed. Glycinate is well absorbed.';
    const { matches } = matcher.matchText(text);
    expect(matches.map((m) => m.claimId)).toEqual(['magnesium-oxide-poorly-absorbed', 'magnesium-glycinate-well-absorbed']);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.sentence);
  });

  it('produces results that satisfy the boundary schema', () => {
    const result = matcher.matchText('Magnesium supplements reduce the frequency of migraine attacks.');
    expect(TextMatchSchema.parse(result)).toEqual(result);
    expect(result.matches[0]?.score).toBeGreaterThan(3);
  });

  it('works with any bundle shape that has ids, concepts and statements', () => {
    const tiny: MatcherBundle = {
      claims: [{ id: 'x', concepts: ['magnesium', 'sleep'], statement: { en: 'Magnesium and sleep.', nb: 'Magnesium og søvn.', bg: 'Магнезий и сън.' } }],
    };
    expect(createMatcher(tiny).matchText('Magnesium before sleep.').matches[0]?.claimId).toBe('x');
  });

  it("reads almost every claim's own statement, in each language, as that claim (a lexicon coverage check)", () => {
    // Statements that pack a second proposition (e.g. 'not a cure: it can ease symptoms of
    // fibromyalgia') may fairly match the other claim; the rest must come back to their own.
    let own = 0;
    let total = 0;
    for (const claim of bundle.claims) {
      for (const lang of ['en', 'nb', 'bg'] as const) {
        total++;
        const [m] = matcher.matchBlock(claim.statement[lang], { lang }).matches;
        if (m?.claimId === claim.id && m.polarity === 'affirms') own++;
      }
    }
    expect(own / total).toBeGreaterThanOrEqual(0.93);
  });

  it('reads the answer to a yes/no question with the question\'s topics, but only what the answer itself says', () => {
    const first = (text: string, lang: string) => matcher.matchText(text, lang).matches.map((m) => `${m.claimId} ${m.polarity}`);
    expect(first('Can magnesium help with migraines? Yes, for many people it can ease an attack.', 'en')).toEqual(['magnesium-relieves-migraine affirms']);
    expect(first('Kan magnesium hjelpe mot migrene? Ja, mange opplever at det lindrer anfallene.', 'nb')).toEqual(['magnesium-relieves-migraine affirms']);
    expect(first('Can magnesium help with migraines? We asked three experts.', 'en')).toEqual([]);
    expect(first('Has anyone here tried magnesium for migraines? Curious what dose you used.', 'en')).toEqual([]);
  });

  it('takes a comma before "just"/"only" as a contrast, and Bulgarian negative concord as one negation', () => {
    const first = (text: string, lang: string) => matcher.matchText(text, lang).matches[0];
    expect(first("magnesium won't cure your migraines, it just takes the edge off", 'en')).toMatchObject({ claimId: 'magnesium-is-not-a-cure', polarity: 'affirms' });
    expect(first('Пих магнезий цял месец и честно казано, сънят ми никак не се подобри.', 'bg')).toMatchObject({ claimId: 'magnesium-improves-sleep', polarity: 'denies' });
  });

  it('reads a list of treatment options as no claim of relief', () => {
    expect(matcher.matchText('My doctor and I went through several treatment options for my migraine, magnesium among them.', 'en').matches).toEqual([]);
    expect(matcher.matchText('Legen og jeg gikk gjennom flere behandlinger for migrenen min, blant annet magnesium.', 'nb').matches).toEqual([]);
  });

  it('is cheap enough for a long page', () => {
    const paragraph =
      'Magnesium oxide is poorly absorbed, while glycinate is gentle on the stomach. Many readers ask about migraine, sleep and stress. ';
    const text = Array.from({ length: 1500 }, () => paragraph).join('\n\n');
    matcher.matchText(paragraph);
    const started = performance.now();
    const result = matcher.matchText(text);
    const elapsed = performance.now() - started;
    expect(result.matches.length).toBe(3000);
    expect(elapsed).toBeLessThan(20_000);
  });
});
