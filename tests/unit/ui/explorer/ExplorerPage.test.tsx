// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import type { SavedPage } from '../../../../src/settings/collection-schema.ts';
import { ExplorerPage } from '../../../../src/ui/explorer/ExplorerPage.tsx';
import { NO_FILTER } from '../../../../src/ui/explorer/filter.ts';
import type { ExplorerServices } from '../../../../src/ui/explorer/services.ts';
import { database } from './fixtures.ts';

const saved: SavedPage[] = [
  {
    url: 'https://example.org/mg',
    title: 'Mg <img src=x onerror=alert(1)>',
    savedAt: '2025-03-01T10:00:00.000Z',
    matches: [
      {
        id: 'm1',
        claimId: 'magnesium-blocks-nmda',
        statement: database.claims[0]!.statement,
        grade: 'low',
        polarity: 'denies',
        sentence: 'Magnesium does not block NMDA, <b>really</b>.',
        start: 10,
        end: 55,
        prefix: '',
        suffix: '',
      },
    ],
  },
  { url: 'javascript:alert(1)', title: '', savedAt: '2025-02-01T10:00:00.000Z', matches: [] },
];

function services(pages: SavedPage[]): ExplorerServices & { pages: SavedPage[] } {
  const state = { pages: [...pages] };
  return {
    get pages() {
      return state.pages;
    },
    listSavedPages: async () => state.pages,
    watchSavedPages: () => () => {},
    removeSavedPage: async (url) => {
      const before = state.pages.length;
      state.pages = state.pages.filter((p) => p.url !== url);
      return state.pages.length < before;
    },
    now: () => new Date('2025-03-14T09:00:00.000Z'),
  };
}

function Harness({ svc }: { svc: ExplorerServices }) {
  const [filter, setFilter] = useState(NO_FILTER);
  return <ExplorerPage t={createTranslator('en')} database={database} services={svc} filter={filter} onFilterChange={setFilter} />;
}

async function show(svc: ExplorerServices): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<Harness svc={svc} />, root);
  });
  return root;
}

async function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
  });
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('evidence explorer', () => {
  it('lists every claim with its grade in words, reasons and evidence under a correct outline', async () => {
    const root = await show(services([]));
    expect(root.querySelector('h1')!.textContent).toBe('MgLens evidence explorer');
    const claims = root.querySelectorAll('article.claim');
    expect(claims).toHaveLength(3);
    const first = claims[0]!;
    expect(first.querySelector('h3')!.textContent).toBe('Magnesium blocks NMDA receptors.');
    expect(first.querySelector('.mg-badge')!.textContent).toBe('Strength of evidence: Low');
    expect(first.textContent).toContain('Reasons low.');
    expect(first.querySelector('.mg-quote')!.textContent).toBe('Магнезият блокира NMDA рецепторите в мозъка.');
    expect(first.querySelector('a.mg-link')!.getAttribute('href')).toBe('source.html?id=004_93ee198eb23e6ed1.txt&start=0&end=44');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('3 of 3 claims shown');
    // Quotes are text: markup inside one stays literal.
    expect(root.querySelector('article.claim script')).toBeNull();
    expect(root.textContent).toContain('citrate is among the worst to assimilate <script>x</script>');
  });

  it('labels every control and filters as the reader types and chooses', async () => {
    const root = await show(services([]));
    for (const control of root.querySelectorAll('input, select')) {
      expect(root.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
    await type(root.querySelector<HTMLInputElement>('#claim-search')!, 'цитрат');
    expect([...root.querySelectorAll('article.claim h3')].map((h) => h.textContent)).toEqual(['Magnesium citrate is well absorbed.']);
    expect(root.querySelector('.claims [role="status"]')!.textContent).toBe('1 of 3 claims shown');

    await type(root.querySelector<HTMLInputElement>('#claim-search')!, '');
    await type(root.querySelector<HTMLSelectElement>('#filter-language')!, 'en');
    expect(root.querySelectorAll('article.claim')).toHaveLength(2);
    await type(root.querySelector<HTMLSelectElement>('#filter-grade')!, 'high');
    expect(root.querySelectorAll('article.claim')).toHaveLength(0);
    expect(root.textContent).toContain('No claim matches.');

    await act(async () => root.querySelector<HTMLButtonElement>('.filters button')!.click());
    expect(root.querySelectorAll('article.claim')).toHaveLength(3);
  });

  it('shows saved pages as text, links only http(s) pages, and removes an entry', async () => {
    const svc = services(saved);
    const root = await show(svc);
    const entries = root.querySelectorAll('.saved-page');
    expect(entries).toHaveLength(2);
    expect(root.querySelector('.saved img, .saved b')).toBeNull();
    expect(entries[0]!.querySelector('h3 a')!.textContent).toBe('Mg <img src=x onerror=alert(1)>');
    expect(entries[0]!.querySelector('h3 a')!.getAttribute('href')).toBe('https://example.org/mg');
    expect(entries[0]!.textContent).toContain('The page denies this claim.');
    expect(entries[0]!.querySelector('.mg-quote')!.textContent).toBe('Magnesium does not block NMDA, <b>really</b>.');
    expect(entries[1]!.querySelector('a')).toBeNull();

    const remove = entries[1]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove “javascript:alert(1)” from saved pages');
    await act(async () => {
      remove.click();
      // The handler awaits storage; let its promise chain finish inside act.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelectorAll('.saved-page')).toHaveLength(1);
    expect(svc.pages).toHaveLength(1);
    expect(root.querySelector('.saved > [role="status"]')!.textContent).toBe('Removed “javascript:alert(1)”.');
    expect(document.activeElement).toBe(root.querySelector('#saved-heading'));
  });

  it('exports the whole collection as a download', async () => {
    const root = await show(services(saved));
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.saved .mg-export button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Download JSON-LD', 'Download CSV', 'Download Markdown', 'Copy Markdown']);
    await act(async () => buttons[1]!.click());
    expect(names).toEqual(['mglens-collection-2025-03-14.csv']);
    expect(root.querySelector('.mg-export [role="status"]')!.textContent).toBe('Saved mglens-collection-2025-03-14.csv.');
  });

  it('says when nothing is saved', async () => {
    const root = await show(services([]));
    expect(root.textContent).toContain('No saved pages yet.');
    expect(root.querySelector('.saved .mg-export')).toBeNull();
  });
});
