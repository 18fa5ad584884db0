// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardData } from '../../../src/claims/card-data.ts';
import type { ClaimBundle } from '../../../src/claims/schema.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import { createSession, type Session } from '../../../src/page/session.ts';
import { defaultSettings } from '../../../src/settings/schema.ts';
import { textIndexReader } from '../../../src/page/text-index.ts';
import { fakeMatcher } from './fakes.ts';

const reasons = { en: 'One source.', nb: 'Én kilde.', bg: 'Един източник.' };
const bundle: ClaimBundle = {
  sources: [{ id: '001_d2989948f6cce1c0.txt', title: 'Glycinate article', language: 'en', kind: 'commercial' }],
  claims: [
    {
      id: 'magnesium-blocks-nmda',
      statement: { en: 'Magnesium blocks NMDA receptors.', nb: 'Magnesium blokkerer NMDA-reseptorer.', bg: 'Магнезият блокира NMDA рецепторите.' },
      concepts: ['magnesium', 'nmda-receptor', 'blocks'],
      topic: 'mechanism',
      strength: { grade: 'low', contested: false, supporting: 1, contrasting: 0, supportingLanguages: 1, contrastingLanguages: 0, reasons },
      evidence: [{ source: '001_d2989948f6cce1c0.txt', quote: 'By blocking NMDA receptors', stance: 'supports', kind: 'mechanism', hedged: false, start: 0, end: 26 }],
      said: { concepts: ['magnesium', 'nmda-receptor', 'blocks'], negated: false },
    },
  ],
};

describe('a tab session', () => {
  let controller: AbortController;
  let reports: number[];
  let session: Session;

  const begin = (settings = defaultSettings(), hostname = 'example.org', locale: 'en' | 'nb' = 'en') => {
    controller = new AbortController();
    reports = [];
    session = createSession({
      hostname,
      reader: textIndexReader,
      matcherFor: () => fakeMatcher('magnesium-blocks-nmda'),
      t: createTranslator(locale),
      initialSettings: settings,
      reportClaimCount: (n) => reports.push(n),
      fetchCard: async (subject) => cardData(bundle, subject),
      sourceHref: (id, s, e) => `ext://source.html?id=${id}&start=${s}&end=${e}`,
      signal: controller.signal,
    });
    return session;
  };

  beforeEach(() => {
    document.body.innerHTML = '<p>Intro text.</p><p>Magnesium <i>blocks</i> NMDA receptors.</p><p>Buy magnesium.</p>';
  });
  afterEach(() => controller.abort());

  it('annotates, reports the count, and describes the page for the popup', async () => {
    begin();
    await session.idle();
    expect(reports.at(-1)).toBe(1);
    const state = session.pageState();
    expect(state.active).toBe(true);
    expect(state.counts.low).toBe(1);
    expect(state.termCount).toBe(1);
    expect(state.matches[0]).toMatchObject({ claimId: 'magnesium-blocks-nmda', polarity: 'affirms', sentence: 'Magnesium blocks NMDA receptors.' });
    // Page offsets: "Intro text." (11) + blank line (2) before the sentence.
    expect(state.matches[0]!.start).toBe(13);
  });

  it('gives screen readers the claim and its grade in the reader\'s language', async () => {
    begin(defaultSettings(), 'example.org', 'nb');
    await session.idle();
    const mark = document.querySelector('mark[data-mglens="claim"]')!;
    expect(mark.getAttribute('aria-description')).toContain('Magnesium blokkerer NMDA-reseptorer.');
    expect(mark.getAttribute('aria-description')).toContain('Lav');
  });

  it('turns off for a site the reader switched off, leaving the page as it was', async () => {
    const before = document.body.innerHTML;
    begin();
    await session.idle();
    session.apply({ ...defaultSettings(), sites: { 'example.org': 'off' } });
    expect(document.body.innerHTML).toBe(before);
    expect(reports.at(-1)).toBe(0);
    expect(session.pageState().active).toBe(false);
  });

  it('comes back when turned on again', async () => {
    begin({ ...defaultSettings(), enabled: false });
    expect(document.querySelector('mark')).toBeNull();
    session.apply(defaultSettings());
    await session.idle();
    // One claim (three pieces: the sentence crosses <i>) and one term.
    expect(document.querySelectorAll('mark[data-mglens][data-mglens-last]').length).toBe(2);
  });

  it('re-reads the page when the reader stops highlighting bare terms', async () => {
    begin();
    await session.idle();
    session.apply({ ...defaultSettings(), highlightTerms: false });
    await session.idle();
    expect(document.querySelector('mark[data-mglens="term"]')).toBeNull();
    expect(document.querySelector('mark[data-mglens="claim"]')).not.toBeNull();
  });

  it('reveals a match from the popup: opens its card', async () => {
    begin();
    await session.idle();
    const [match] = session.pageState().matches;
    expect(session.reveal(match!.id)).toBe(true);
    // The card's claim and sources come from the background first.
    await expect.poll(() => document.querySelector('[data-mglens-ui]')).not.toBeNull();
    expect(session.reveal('mg-gone')).toBe(false);
  });
});
