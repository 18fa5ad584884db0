import { describe, expect, it } from 'vitest';
import { loadClaimDatabase } from '../../../src/claims/database.ts';
import { createMatcher } from '../../../src/matching/matcher.ts';

const matcher = createMatcher(loadClaimDatabase());
const first = (text: string) => matcher.matchText(text).matches[0];

describe('polarity', () => {
  it.each([
    ['Magnesium helps against migraine.', 'magnesium-relieves-migraine', 'affirms'],
    ['Magnesium does not help migraine.', 'magnesium-relieves-migraine', 'denies'],
    ["Magnesium doesn't relieve migraine.", 'magnesium-relieves-migraine', 'denies'],
    ['Magnesium hjelper ikke mot migrene.', 'magnesium-relieves-migraine', 'denies'],
    ['Магнезият не помага при мигрена.', 'magnesium-relieves-migraine', 'denies'],
    ['There is no evidence that magnesium prevents migraine.', 'magnesium-prevents-migraine', 'denies'],
    ['It is a myth that magnesium blocks NMDA receptors.', 'magnesium-blocks-nmda-receptors', 'denies'],
    ['Magnesium is ineffective for migraine.', 'magnesium-relieves-migraine', 'denies'],
    // Double negation: a negated negative predicate denies it ("not poorly absorbed"); a negated
    // positive one is the negative one ("not well absorbed"), wherever the negation stands.
    // A negated verb of belief or expectation negates its complement; other verbs do not.
    ["I don't think that magnesium helps migraine.", 'magnesium-relieves-migraine', 'denies'],
    ['Jeg tror ikke at magnesium hjelper mot migrene.', 'magnesium-relieves-migraine', 'denies'],
    ['Не мисля, че магнезият помага при мигрена.', 'magnesium-relieves-migraine', 'denies'],
    ['Many do not know that magnesium blocks NMDA receptors.', 'magnesium-blocks-nmda-receptors', 'affirms'],
    ['Det er ikke slik at alle med migrene trenger magnesiumtilskudd.', 'all-migraine-patients-should-take-magnesium', 'denies'],
    // Working overnight is the opposite of taking time.
    ["Don't expect magnesium to work overnight.", 'magnesium-takes-weeks-to-work', 'affirms'],
    ['Magnesium virker ikke over natten.', 'magnesium-takes-weeks-to-work', 'affirms'],
    ['Magnesium virker over natten.', 'magnesium-takes-weeks-to-work', 'denies'],
    ['Magnesium oxide is not poorly absorbed.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ["Magnesium oxide isn't absorbed poorly.", 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Magnesium oxide is not hard to absorb.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Magnesiumoksid tas ikke dårlig opp.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Magnesiumoksid absorberes ikke dårlig.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Магнезиевият оксид не се усвоява слабо.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Магнезиевият оксид не се усвоява зле.', 'magnesium-oxide-poorly-absorbed', 'denies'],
    ['Magnesium citrate is not poorly absorbed.', 'magnesium-citrate-well-absorbed', 'affirms'],
    ['Магнезиевият цитрат не се усвоява слабо.', 'magnesium-citrate-well-absorbed', 'affirms'],
    ['Magnesium oxide is often not well absorbed.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    ['Magnesiumoksid tas ikke godt opp.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    ['Magnesiumoksid tas ofte ikke godt opp.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    ['Magnesiumoksid absorberes ikke godt.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    ['Магнезиевият оксид не се усвоява добре.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    ['Магнезиевият оксид често не се усвоява добре.', 'magnesium-oxide-poorly-absorbed', 'affirms'],
    // Without a form to contrast, the general claim is met directly.
    ['Magnesium absorberes ikke godt.', 'magnesium-often-poorly-absorbed', 'affirms'],
  ])('%s', (text, claimId, polarity) => {
    expect(first(text)).toMatchObject({ claimId, polarity });
  });

  it('ignores negation in another clause', () => {
    expect(first('Although it is not a cure, magnesium eases migraine.')).toMatchObject({ claimId: 'magnesium-relieves-migraine', polarity: 'affirms' });
  });

  it('ignores negation words that do not negate', () => {
    expect(first('Magnesium not only relieves migraine but also lowers CGRP.')).toMatchObject({ polarity: 'affirms' });
    expect(first('Not enough magnesium can lead to migraine attacks, a magnesium deficiency disease.')).toMatchObject({ polarity: 'affirms' });
  });

  it('does not let a negation govern across "that" unless it is a claim-level denial', () => {
    expect(first('Many people do not know that magnesium blocks NMDA receptors.')).toMatchObject({ polarity: 'affirms' });
    expect(first('It is not true that magnesium blocks NMDA receptors.')).toMatchObject({ polarity: 'denies' });
  });

  it('reads a verdict on an idea, even at the end of the sentence', () => {
    expect(first("The theory that migraine is a magnesium deficiency disease doesn't hold up.")).toMatchObject({
      claimId: 'migraine-as-magnesium-deficiency-disease',
      polarity: 'denies',
    });
    expect(first('Teorien om at migrene er en magnesiummangelsykdom, holder ikke vann.')).toMatchObject({ polarity: 'denies' });
    expect(first('Теорията, че мигрената е болест от недостиг на магнезий, не издържа.')).toMatchObject({ polarity: 'denies' });
  });

  it('denies a claim without a predicate through a negated copula before its topic, not through any "not"', () => {
    expect(first('Magnesium is not as harmless as people think.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    expect(first('Magnesium er ikke trygt for alle.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    // "ikke" negates "klarer", not the muscles after it.
    expect(first('Uten magnesium klarer ikke musklene å slappe av.')).toMatchObject({ claimId: 'magnesium-needed-for-muscle-function', polarity: 'affirms' });
  });

  it('denies safety through a negated copula with an adverb, and past a relation to something else', () => {
    expect(first('Magnesium is not entirely harmless and can have side effects.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    // "gi" relates magnesium to side effects, not to its safety: the "ikke" before "ufarlig" decides.
    expect(first('Magnesium er ikke helt ufarlig og kan gi bivirkninger.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    expect(first('Магнезият не е напълно безвреден и може да има странични ефекти.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    expect(first('Магнезиевите добавки не са безрискови.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    // "doesn't" negates causing side effects, not being safe.
    expect(first("Magnesium doesn't cause side effects and is safe.")).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'affirms' });
    // "risky" states low risk negatively; "not risky" affirms it.
    expect(first('Magnesium is risky.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'denies' });
    expect(first('Magnesium is not risky.')).toMatchObject({ claimId: 'magnesium-is-low-risk', polarity: 'affirms' });
  });

  it('reads "X, not Y" as contrasting Y, not as negating the verb before it', () => {
    expect(first('Epsom salt is magnesium sulfate, not magnesium chloride.')).toMatchObject({ claimId: 'epsom-salt-is-magnesium-chloride', polarity: 'denies' });
    expect(first('Bivirkninger kan skyldes tilsetningsstoffene og ikke selve magnesiumet.')).toMatchObject({
      claimId: 'side-effects-may-come-from-added-substances',
      polarity: 'affirms',
    });
    expect(first('Magnesium is not needed for healthy bones.')).toMatchObject({ claimId: 'magnesium-needed-for-bones', polarity: 'denies' });
  });

  it('reads a predicate through its antonym with the polarity flipped', () => {
    expect(first('Magnesium oxide is not well absorbed.')).toMatchObject({ claimId: 'magnesium-oxide-poorly-absorbed', polarity: 'affirms' });
    expect(first('Magnesium citrate is poorly absorbed.')).toMatchObject({ claimId: 'magnesium-citrate-well-absorbed', polarity: 'denies' });
  });

  it('reverses the predicate for the form named after "than"', () => {
    expect(first('Glycinate is better absorbed than magnesium oxide.')).toMatchObject({ claimId: 'magnesium-glycinate-well-absorbed', polarity: 'affirms' });
    expect(first('The body absorbs it far more easily than other forms such as magnesium oxide.')).toMatchObject({
      claimId: 'magnesium-oxide-poorly-absorbed',
      polarity: 'affirms',
    });
    expect(first('Oxide is absorbed better than citrate.')).toMatchObject({ claimId: 'magnesium-citrate-well-absorbed', polarity: 'denies' });
  });

  it('is relative to the claim statement: agreeing with a negative claim affirms it', () => {
    expect(first('Magnesium is not a cure.')).toMatchObject({ claimId: 'magnesium-is-not-a-cure', polarity: 'affirms' });
    expect(first('Magnesium cures everything.')).toMatchObject({ claimId: 'magnesium-is-not-a-cure', polarity: 'denies' });
  });
});
