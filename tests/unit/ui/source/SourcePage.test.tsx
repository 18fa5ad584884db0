// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import { TranslatorContext } from '../../../../src/ui/common/translator-context.ts';
import { readSourceRequest } from '../../../../src/ui/source/request.ts';
import { SourcePage } from '../../../../src/ui/source/SourcePage.tsx';
import { database, TEXT, textOf } from './fixtures.ts';

function show(search: string, locale: 'en' | 'nb' | 'bg' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const request = readSourceRequest(search, (id) => textOf(id)?.length);
  // act() runs the effects (focus, scroll) before the assertions, as a browser would after paint.
  act(() =>
    render(
      <TranslatorContext.Provider value={createTranslator(locale)}>
        <SourcePage request={request} database={database} text={textOf} explorerHref="explorer.html" />
      </TranslatorContext.Provider>,
      root,
    ),
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const ID = '000_465aad8e3f0e76aa.txt';

describe('source viewer', () => {
  it('shows the whole text as text: a <script> and a URL in it stay literal, and nothing is a link', () => {
    const root = show(`?id=${ID}`);
    const body = root.querySelector('.source-text')!;
    expect(body.textContent).toBe(TEXT);
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('a')).toBeNull();
    expect(body.querySelectorAll('*').length).toBe(body.querySelectorAll('mark').length);
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(body.textContent).toContain('https://evil.example/scam');
    expect(root.querySelector('h1')!.textContent).toBe('Magnesium og migrene');
  });

  it('marks every quoted passage with the claims it is evidence for', () => {
    const root = show(`?id=${ID}`);
    const marks = [...root.querySelectorAll<HTMLElement>('.source-text mark')];
    expect(marks.map((m) => m.dataset.claims)).toEqual(['blocks-nmda', 'blocks-nmda nmda-receptors', 'nmda-receptors']);
    expect(marks[1]!.textContent).toBe('NMDA-reseptorer.');
    expect(marks[1]!.title).toBe('Quoted as evidence for: blocks-nmda, nmda-receptors');
    expect(marks[2]!.textContent).toBe(' <script>alert(1)</script>');
  });

  it('highlights the requested passage differently, focuses it and scrolls it into view', () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const start = TEXT.indexOf('Les mer');
    const end = start + 'Les mer på https://evil.example/scam'.length;
    const root = show(`?id=${ID}&start=${start}&end=${end}`);
    const passage = root.querySelector<HTMLElement>('#requested-passage')!;
    expect(passage.classList.contains('source-requested')).toBe(true);
    expect(passage.textContent).toBe('[Start of the passage you opened]Les mer på https://evil.example/scam[End of the passage you opened]');
    expect(document.activeElement).toBe(passage);
    expect(passage.tabIndex).toBe(-1);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    // The visible text is unchanged apart from the screen-reader words around the passage.
    const visible = [...root.querySelector('.source-text')!.childNodes]
      .map((n) => (n instanceof HTMLElement && n.id === 'requested-passage' ? n.textContent!.replace(/\[[^\]]*opened\]/g, '') : n.textContent))
      .join('');
    expect(visible).toBe(TEXT);
  });

  it('scrolls without animation when the reader prefers reduced motion', () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    );
    show(`?id=${ID}&start=0&end=9`);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
  });

  it('lists the quoted passages as links back into this page', () => {
    const root = show(`?id=${ID}`);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.passage-list a')];
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('href')).toMatch(/^source\.html\?id=000_465aad8e3f0e76aa\.txt&start=\d+&end=\d+$/);
  });

  it('explains an unknown id and lists the documents instead', () => {
    const root = show('?id=<img src=x onerror=alert(1)>');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('There is no source document called “<img src=x onerror=alert(1)>”.');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('.source-index a')).toHaveLength(2);
  });

  it('explains a bad or out-of-range passage and still shows the document', () => {
    let root = show(`?id=${ID}&start=9&end=3`);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('start “9”, end “3”');
    expect(root.querySelector('#requested-passage')).toBeNull();
    expect(root.querySelector('.source-text')!.textContent).toBe(TEXT);
    document.body.innerHTML = '';
    root = show(`?id=${ID}&start=0&end=99999`, 'nb');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(`som har ${TEXT.length} tegn`);
  });

  it('shows the list of documents without an id', () => {
    const root = show('');
    expect(root.querySelector('h1')!.textContent).toBe('Source documents');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
