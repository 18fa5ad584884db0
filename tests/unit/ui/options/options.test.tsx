// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import { listSavedPages, savePage, watchCollection } from '../../../../src/settings/collection.ts';
import { defaultSettings } from '../../../../src/settings/schema.ts';
import { getSettings, resetSettings, setEnabled, updateSettings, watchSettings } from '../../../../src/settings/settings.ts';
import { OptionsPage } from '../../../../src/ui/options/OptionsPage.tsx';
import type { OptionsServices } from '../../../../src/ui/options/services.ts';
import { match } from '../../settings/fixtures.ts';
import { byText, click, mount, settle } from '../popup/render.ts';

function services(): OptionsServices {
  return {
    loadSettings: vi.fn(getSettings),
    watchSettings: vi.fn((callback) => watchSettings(callback)),
    updateSettings: vi.fn(updateSettings),
    resetSettings: vi.fn(resetSettings),
    countSavedPages: vi.fn(async () => (await listSavedPages()).length),
    watchSavedPages: vi.fn((callback) => watchCollection((pages) => callback(pages.length))),
  };
}

function inputLabelled(root: HTMLElement, text: string): HTMLInputElement | HTMLSelectElement {
  const label = byText(root, 'label', text);
  const control = label && root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${label.getAttribute('for')}`);
  if (!control) throw new Error(`no control labelled ${text}`);
  return control;
}

async function fire(element: Element, type: 'input' | 'change' | 'submit', value?: string): Promise<void> {
  await act(async () => {
    if (value !== undefined) (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('the options page', () => {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
  });

  it('shows the stored settings', async () => {
    await updateSettings((s) => ({ ...s, languages: ['nb'], minGrade: 'moderate', style: 'high-contrast', hoverDelayMs: 800 }));
    container = await mount(<OptionsPage t={createTranslator('en')} services={services()} />);
    expect((inputLabelled(container, 'Norwegian') as HTMLInputElement).checked).toBe(true);
    expect((inputLabelled(container, 'English') as HTMLInputElement).checked).toBe(false);
    expect((inputLabelled(container, 'Moderate') as HTMLInputElement).checked).toBe(true);
    expect((inputLabelled(container, 'High contrast') as HTMLInputElement).checked).toBe(true);
    expect(container.querySelector('output')?.textContent).toBe('800 ms');
  });

  it('stores each change at once and says so', async () => {
    const s = services();
    container = await mount(<OptionsPage t={createTranslator('en')} services={s} />);
    await click(inputLabelled(container, 'German'));
    await click(inputLabelled(container, 'Low'));
    await click(inputLabelled(container, 'Also underline bare terms (magnesium, migraine, …)'));
    await click(inputLabelled(container, 'High contrast'));
    await fire(inputLabelled(container, 'Delay before the card opens on hover'), 'change', '1200');
    expect(s.updateSettings).toHaveBeenCalledTimes(5);
    expect(await getSettings()).toEqual({
      ...defaultSettings(),
      languages: ['en', 'nb', 'bg', 'da', 'sv'],
      minGrade: 'low',
      highlightTerms: false,
      style: 'high-contrast',
      hoverDelayMs: 1200,
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('warns when no language is left', async () => {
    await updateSettings((s) => ({ ...s, languages: ['en'] }));
    container = await mount(<OptionsPage t={createTranslator('en')} services={services()} />);
    await click(inputLabelled(container, 'English'));
    expect(container.textContent).toContain('No language chosen: MgLens will find nothing.');
  });

  it('adds, changes and removes sites', async () => {
    container = await mount(<OptionsPage t={createTranslator('en')} services={services()} />);
    expect(container.textContent).toContain('No sites listed: MgLens runs on every site.');
    const host = inputLabelled(container, 'Site');
    await fire(host, 'input', 'https://WWW.Example.com/page');
    await fire(container.querySelector('form.add-site')!, 'submit');
    expect((await getSettings()).sites).toEqual({ 'example.com': 'off' });
    expect(host.value).toBe('');

    const mode = container.querySelector<HTMLSelectElement>('select[aria-label="Choice for example.com"]')!;
    await fire(mode, 'change', 'only');
    expect((await getSettings()).sites).toEqual({ 'example.com': 'only' });

    await click(container.querySelector('button[aria-label="Remove example.com"]'));
    expect((await getSettings()).sites).toEqual({});
  });

  it('refuses a site that is not one, and says why', async () => {
    container = await mount(<OptionsPage t={createTranslator('nb')} services={services()} />);
    const host = inputLabelled(container, 'Nettsted');
    await fire(host, 'input', 'not a site');
    await fire(container.querySelector('form.add-site')!, 'submit');
    expect(host.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Skriv inn et nettsted, for eksempel eksempel.no.');
    expect((await getSettings()).sites).toEqual({});
  });

  it('follows changes made in the popup', async () => {
    container = await mount(<OptionsPage t={createTranslator('en')} services={services()} />);
    await updateSettings((s) => ({ ...s, sites: { 'b.org': 'off' } }));
    await settle();
    expect(container.querySelector('.sites')?.textContent).toContain('b.org');
  });

  it('restores the defaults', async () => {
    await setEnabled(false);
    await updateSettings((s) => ({ ...s, style: 'high-contrast' }));
    container = await mount(<OptionsPage t={createTranslator('en')} services={services()} />);
    await click(byText(container, 'button', 'Restore default settings'));
    expect(await getSettings()).toEqual(defaultSettings());
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Default settings restored.');
  });

  it('says what it stores and that it sends nothing, with the collection size', async () => {
    await savePage({ url: 'https://a.org/', title: 'A', matches: [match()] });
    container = await mount(<OptionsPage t={createTranslator('bg')} services={services()} />);
    expect(container.textContent).toContain('Разширението не изпраща нищо никъде');
    expect(container.textContent).toContain('Запазената ви колекция съдържа 1 страница.');
    await savePage({ url: 'https://b.org/', title: 'B', matches: [] });
    await settle();
    expect(container.textContent).toContain('Запазената ви колекция съдържа 2 страници.');
  });

  it('reports a change that cannot be stored', async () => {
    const s = { ...services(), updateSettings: vi.fn(async () => Promise.reject(new Error('quota exceeded'))) };
    container = await mount(<OptionsPage t={createTranslator('en')} services={s} />);
    await click(inputLabelled(container, 'German'));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Couldn’t save the change: quota exceeded');
  });
});
