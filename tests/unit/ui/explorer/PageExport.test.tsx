// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltExport } from '../../../../src/export/build.ts';
import type { ClaimSource } from '../../../../src/export/from-page.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import type { PageState } from '../../../../src/settings/page-state.ts';
import { PageExport } from '../../../../src/ui/export/PageExport.tsx';

const claims: ClaimSource = {
  sources: [{ id: '001_d2989948f6cce1c0.txt', title: 'Glycinate' }],
  claims: [
    {
      id: 'mg-helps',
      statement: { en: 'Magnesium helps.', nb: 'Magnesium hjelper.', bg: 'Магнезият помага.' },
      strength: { grade: 'low', contested: false, reasons: { en: 'One source.', nb: 'Én kilde.', bg: 'Един източник.' } },
      evidence: [{ source: '001_d2989948f6cce1c0.txt', stance: 'supports', quote: 'It helps, "they" say', kind: 'assertion' }],
    },
  ],
};

const state: PageState = {
  active: true,
  url: 'https://example.org/a',
  title: 'A page',
  counts: { high: 0, moderate: 0, low: 1, 'very-low': 0 },
  termCount: 3,
  matches: [
    {
      id: 'm1',
      claimId: 'mg-helps',
      statement: claims.claims[0]!.statement,
      grade: 'low',
      polarity: 'affirms',
      sentence: '=Magnesium helps <img src=x onerror=alert(1)>.',
      start: 4,
      end: 50,
      prefix: 'Intro. ',
      suffix: ' More.',
    },
  ],
};

afterEach(() => {
  document.body.innerHTML = '';
});

async function show(page: PageState, download: (built: BuiltExport) => void) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <PageExport
        t={createTranslator('en')}
        state={page}
        claims={() => claims}
        now={() => new Date('2025-03-14T09:00:00.000Z')}
        actions={{ download, copy: async () => true }}
      />,
      root,
    );
  });
  return root;
}

describe('PageExport (popup)', () => {
  it('exports the page state with the database’s strength and quotes', async () => {
    const download = vi.fn<(built: BuiltExport) => void>();
    const root = await show(state, download);
    expect(root.querySelector('h2')!.textContent).toBe('Export');
    const buttons = root.querySelectorAll('button');
    await act(async () => buttons[0]!.click());
    await act(async () => buttons[1]!.click());
    const [jsonld, csv] = download.mock.calls.map(([built]) => built);
    expect(jsonld!.fileName).toBe('mglens-2025-03-14-a-page.jsonld');
    const annotation = JSON.parse(jsonld!.content).first.items[0];
    expect(annotation.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: '=Magnesium helps <img src=x onerror=alert(1)>.',
      prefix: 'Intro. ',
      suffix: ' More.',
    });
    expect(annotation.body[1].evidence[0].quote).toBe('It helps, "they" say');
    expect(csv!.content).toContain(`"'=Magnesium helps <img src=x onerror=alert(1)>."`.slice(1, -1));
  });

  it('shows nothing when the page has no highlighted claims', async () => {
    const root = await show({ ...state, matches: [] }, vi.fn());
    expect(root.innerHTML).toBe('');
  });
});
