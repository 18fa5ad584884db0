// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import { listSavedPages, savePage } from '../../../../src/settings/collection.ts';
import type { PageView } from '../../../../src/settings/page-requests.ts';
import { emptyGradeCounts, type PageState } from '../../../../src/settings/page-state.ts';
import { getSettings, setEnabled, setSiteActive, watchSettings } from '../../../../src/settings/settings.ts';
import { Popup } from '../../../../src/ui/popup/Popup.tsx';
import type { PopupServices } from '../../../../src/ui/popup/services.ts';
import { match } from '../../settings/fixtures.ts';
import { byText, click, mount, settle } from './render.ts';

const state: PageState = {
  active: true,
  url: 'https://www.example.com/article#top',
  title: 'Magnesium and migraine',
  counts: { ...emptyGradeCounts(), moderate: 1, low: 1 },
  termCount: 5,
  matches: [
    match(),
    match({ id: 'm2', claimId: 'oxide-poorly-absorbed', grade: 'low', polarity: 'denies', sentence: 'Oxide is absorbed just fine.' }),
  ],
};

function services(page: PageView = { kind: 'ready', state }): PopupServices & { pageListeners: Array<() => void> } {
  const pageListeners: Array<() => void> = [];
  return {
    pageListeners,
    loadSettings: vi.fn(getSettings),
    watchSettings: vi.fn((callback) => watchSettings(callback)),
    setEnabled: vi.fn(setEnabled),
    setSiteActive: vi.fn(setSiteActive),
    loadPage: vi.fn(async () => page),
    watchPage: vi.fn((callback: () => void) => {
      pageListeners.push(callback);
      return () => undefined;
    }),
    reveal: vi.fn(async (id: string) => id === 'm1'),
    savePage: vi.fn((s: PageState) => savePage({ url: s.url, title: s.title, matches: s.matches })),
    openOptions: vi.fn(async () => undefined),
    openExplorer: vi.fn(async () => undefined),
    afterReveal: vi.fn(async () => undefined),
  };
}

const switchNamed = (root: HTMLElement, name: string) => {
  const label = byText(root, 'label', name);
  return label ? root.querySelector<HTMLInputElement>(`#${label.getAttribute('for')}`) : null;
};

describe('the popup', () => {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
  });

  it('shows both switches as labelled switches, on by default', async () => {
    container = await mount(<Popup t={createTranslator('en')} services={services()} />);
    const all = switchNamed(container, 'On for all sites');
    const site = switchNamed(container, 'On for example.com');
    expect(all?.getAttribute('role')).toBe('switch');
    expect(site?.getAttribute('role')).toBe('switch');
    expect(all?.checked).toBe(true);
    expect(site?.checked).toBe(true);
  });

  it('switches off everywhere through the settings, and greys the site switch', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    await click(switchNamed(container, 'On for all sites'));
    expect(s.setEnabled).toHaveBeenCalledWith(false);
    expect((await getSettings()).enabled).toBe(false);
    await settle();
    expect(switchNamed(container, 'On for all sites')?.checked).toBe(false);
    expect(switchNamed(container, 'On for example.com')?.disabled).toBe(true);
    expect(container.textContent).toContain('MgLens is off for all sites.');
  });

  it('switches off this site through the settings', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    await click(switchNamed(container, 'On for example.com'));
    expect(s.setSiteActive).toHaveBeenCalledWith('example.com', false);
    expect((await getSettings()).sites).toEqual({ 'example.com': 'off' });
    expect(switchNamed(container, 'On for example.com')?.checked).toBe(false);
  });

  it('follows settings changed elsewhere (options page, keyboard command)', async () => {
    container = await mount(<Popup t={createTranslator('en')} services={services()} />);
    await setSiteActive('example.com', false);
    await settle();
    expect(switchNamed(container, 'On for example.com')?.checked).toBe(false);
  });

  it('summarises the page with grades in words', async () => {
    container = await mount(<Popup t={createTranslator('en')} services={services()} />);
    expect(container.textContent).toContain('2 claims found');
    expect(container.textContent).toContain('5 terms highlighted');
    const counts = container.querySelector('[aria-label="Claims by strength of evidence"]');
    expect([...(counts?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'High: 0',
      'Moderate: 1',
      'Low: 1',
      'Very low: 0',
    ]);
  });

  it('lists the claims in the reader’s language and says when the page denies one', async () => {
    container = await mount(<Popup t={createTranslator('nb')} services={services()} />);
    const items = [...container.querySelectorAll('button.claim')];
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Magnesium kan bidra til å forebygge migrene.');
    expect(items[0]?.textContent).toContain('Moderat');
    expect(items[1]?.textContent).toContain('Siden avviser denne påstanden');
  });

  it('reveals a claim in the page, then gets out of the way', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    await click(container.querySelector('button.claim'));
    expect(s.reveal).toHaveBeenCalledWith('m1');
    expect(s.afterReveal).toHaveBeenCalledOnce();
  });

  it('says so when the sentence is gone', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    await click(container.querySelectorAll('button.claim')[1] ?? null);
    expect(s.afterReveal).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('That sentence is no longer on the page.');
  });

  it('saves the page to the collection and announces it', async () => {
    container = await mount(<Popup t={createTranslator('en')} services={services()} />);
    await click(byText(container, 'button', 'Save this page'));
    expect(container.querySelector('.save [role="status"]')?.textContent).toBe('Saved to your collection.');
    const saved = await listSavedPages();
    expect(saved.map((p) => [p.url, p.title, p.matches.length])).toEqual([['https://www.example.com/article', 'Magnesium and migraine', 2]]);
    await click(byText(container, 'button', 'Save this page'));
    expect(container.querySelector('.save [role="status"]')?.textContent).toBe('Saved again; the earlier copy was replaced.');
  });

  it('explains a page MgLens cannot read, keeping the global switch', async () => {
    container = await mount(<Popup t={createTranslator('bg')} services={services({ kind: 'unavailable' })} />);
    expect(container.textContent).toContain('MgLens не може да прочете тази страница.');
    expect(switchNamed(container, 'Включено за всички сайтове')).not.toBeNull();
    expect(container.querySelectorAll('input[role="switch"]')).toHaveLength(1);
    expect(byText(container, 'button', 'Запази тази страница')).toBeNull();
  });

  it('says when MgLens is off on the page', async () => {
    const off = { ...state, active: false, counts: emptyGradeCounts(), termCount: 0, matches: [] };
    container = await mount(<Popup t={createTranslator('en')} services={services({ kind: 'ready', state: off })} />);
    expect(container.textContent).toContain('MgLens is off on this page.');
    expect(container.querySelector('button.claim')).toBeNull();
  });

  it('reloads the page view when the page reports a change', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    expect(s.loadPage).toHaveBeenCalledTimes(1);
    s.pageListeners.forEach((listener) => listener());
    await settle();
    expect(s.loadPage).toHaveBeenCalledTimes(2);
  });

  it('opens the options and the evidence explorer', async () => {
    const s = services();
    container = await mount(<Popup t={createTranslator('en')} services={s} />);
    await click(byText(container, 'button', 'Options'));
    await click(byText(container, 'button', 'Evidence explorer'));
    expect(s.openOptions).toHaveBeenCalledOnce();
    expect(s.openExplorer).toHaveBeenCalledOnce();
  });

  it('shows page text as text, never as markup', async () => {
    const hostile = { ...state, matches: [match({ sentence: '<img src=x onerror="globalThis.pwned=1">' })] };
    container = await mount(<Popup t={createTranslator('en')} services={services({ kind: 'ready', state: hostile })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="globalThis.pwned=1">');
  });
});
