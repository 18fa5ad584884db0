// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { ClaimCard } from '../../../src/ui/card/ClaimCard.tsx';
import type { ClaimCardProps } from '../../../src/ui/card/types.ts';
import { claim, HOSTILE, sourceHref, sources, strongClaim } from './fixtures.ts';
import { click, mount, text } from './render.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function renderCard(overrides: Partial<ClaimCardProps> = {}) {
  const props: ClaimCardProps = {
    claim,
    sources,
    sourceHref,
    polarity: 'affirms',
    sentence: 'Magnesium is said to prevent migraine.',
    locale: 'en',
    pinned: false,
    onPinnedChange: () => {},
    onClose: () => {},
    ...overrides,
  };
  const { container, unmount } = mount(<ClaimCard {...props} />);
  cleanup = unmount;
  return container;
}

describe('ClaimCard', () => {
  it('shows the statement, grade word, reasons and counts in Norwegian', () => {
    const card = renderCard({ locale: 'nb' });
    expect(text(card.querySelector('h2'))).toBe(claim.statement.nb);
    expect(text(card.querySelector('.mg-badge__word'))).toBe('Lav');
    expect(text(card.querySelector('.mg-badge'))).toBe('Hvor godt underbygget: Lav');
    expect(text(card)).toContain(claim.strength.reasons.nb);
    expect(text(card)).toContain('Omstridt');
    const counts = [...card.querySelectorAll('.mg-counts li')].map(text);
    expect(counts).toEqual(['2 støttende kilder på 2 språk', '1 motstridende kilde på 1 språk']);
    expect(card.querySelector('[role="dialog"]')?.getAttribute('lang')).toBe('nb');
  });

  it('shows the statement, grade word and counts in Bulgarian', () => {
    const card = renderCard({ locale: 'bg' });
    expect(text(card.querySelector('h2'))).toBe(claim.statement.bg);
    expect(text(card.querySelector('.mg-badge__word'))).toBe('Ниска');
    expect(text(card)).toContain('Спорно');
    const counts = [...card.querySelectorAll('.mg-counts li')].map(text);
    expect(counts).toEqual(['2 подкрепящи източника на 2 езика', '1 противоречащ източник на 1 език']);
  });

  it('never leaks an English catalogue string into a Norwegian card', async () => {
    const { CATALOGUES } = await import('../../../src/i18n/translate.ts');
    const card = text(renderCard({ locale: 'nb', polarity: 'denies' }));
    for (const area of ['card', 'common'] as const) {
      const nb = CATALOGUES[area].nb as Record<string, string>;
      for (const [key, english] of Object.entries(CATALOGUES[area].en as Record<string, string>)) {
        if (english === nb[key] || english.includes('{')) continue;
        // Whole words only: "Blog" is inside the Norwegian "Blogg" without being a leak.
        const word = new RegExp(`(?<!\\p{L})${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
        expect(card, `${area}.${key}`).not.toMatch(word);
      }
    }
  });

  it('is a dialog named by the claim and its grade, with the grade as text, not colour alone', () => {
    const card = renderCard();
    const dialog = card.querySelector('[role="dialog"]')!;
    const ids = dialog.getAttribute('aria-labelledby')!.split(' ');
    const name = ids.map((id) => text(card.querySelector(`[id="${id}"]`))).join(' ');
    expect(name).toBe('Magnesium helps prevent migraine attacks. Strength of evidence: Low');
    const badge = card.querySelector('.mg-badge')!;
    expect(badge.getAttribute('data-grade')).toBe('low');
    expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(badge.querySelector('.mg-badge__word'))).toBe('Low');
  });

  it('renders hostile quotes, titles and page sentences as literal text', () => {
    const card = renderCard({ sentence: `Look ${HOSTILE} here <b>bold</b>` });
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('b')).toBeNull();
    expect(card.textContent).toContain(`Experts said ${HOSTILE} more study`);
    expect(card.textContent).toContain(`News ${HOSTILE} article`);
    expect(card.textContent).toContain(`Look ${HOSTILE} here <b>bold</b>`);
  });

  it('links only to the source viewer, never to a URL inside a quote', () => {
    const card = renderCard();
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      sourceHref('000_465aad8e3f0e76aa.txt', 120, 161),
      sourceHref('004_93ee198eb23e6ed1.txt', 4000, 4043),
      sourceHref('003_218cf1f8deaf40de.txt', 900, 960),
    ]);
    expect(text(links[0])).toBe('Show passage in “Magnesium og migrene”');
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
  });

  it('builds each link with sourceHref(sourceId, start, end)', () => {
    const href = vi.fn(() => '#passage');
    renderCard({ sourceHref: href });
    expect(href.mock.calls).toEqual([
      ['000_465aad8e3f0e76aa.txt', 120, 161],
      ['004_93ee198eb23e6ed1.txt', 4000, 4043],
      ['003_218cf1f8deaf40de.txt', 900, 960],
    ]);
  });

  it('hands a plain click to onOpenSource and leaves modified clicks to the browser', async () => {
    const open = vi.fn();
    const card = renderCard({ onOpenSource: open });
    const link = card.querySelector('a')!;
    // Record whether the card prevented the default, then stop the test DOM from navigating.
    const prevented: boolean[] = [];
    card.addEventListener('click', (event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    });
    await click(link);
    expect(open).toHaveBeenCalledWith('000_465aad8e3f0e76aa.txt', 120, 161);
    await click(link, { ctrlKey: true });
    expect(prevented).toEqual([true, false]);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('says the page denies the claim only when it does', () => {
    expect(text(renderCard({ polarity: 'denies' }))).toContain('This page denies this claim.');
    cleanup?.();
    const affirming = renderCard({ polarity: 'affirms' });
    expect(text(affirming)).not.toContain('denies');
    expect(affirming.querySelector('.mg-denies')).toBeNull();
    cleanup?.();
    expect(text(renderCard({ polarity: 'denies', locale: 'bg' }))).toContain('Тази страница отрича това твърдение.');
  });

  it('shows the page sentence under "On this page"', () => {
    const card = renderCard();
    expect(text(card.querySelector('.mg-page-sentence figcaption'))).toBe('On this page');
    expect(text(card.querySelector('.mg-page-sentence blockquote'))).toBe('Magnesium is said to prevent migraine.');
  });

  it('groups evidence by stance with each source title, language, kind, year, stance and quote', () => {
    const card = renderCard();
    const groups = [...card.querySelectorAll('.mg-evidence-group')];
    expect(groups.map((g) => text(g.querySelector('h4')))).toEqual(['Sources that support it', 'Sources that contrast with it']);
    const [first, second, third] = [...card.querySelectorAll('.mg-evidence')];
    expect(text(first?.querySelector('cite'))).toBe('Magnesium og migrene');
    expect(first?.querySelector('cite')?.getAttribute('lang')).toBe('nb');
    expect(text(first?.querySelector('.mg-evidence__meta'))).toBe('Norwegian · Blog · 2013');
    expect(text(first?.querySelector('.mg-stance'))).toBe('Supports');
    expect(text(first?.querySelector('.mg-evidence__tags'))).toContain('Review');
    expect(text(first?.querySelector('.mg-tag--hedged'))).toBe('Hedged wording');
    expect(text(first?.querySelector('blockquote'))).toBe('Magnesium kan forebygge migrene hos noen.');
    expect(second?.querySelector('.mg-tag--hedged')).toBeNull();
    expect(text(second?.querySelector('.mg-evidence__meta'))).toBe('Bulgarian · Medical article · 2019');
    // No year in the metadata: no empty slot for it.
    expect(text(third?.querySelector('.mg-evidence__meta'))).toBe('English · News article');
    expect(text(third?.querySelector('.mg-stance'))).toBe('Contrasts');
    expect(text(third?.querySelector('.mg-evidence__tags'))).toContain('Expert opinion');
  });

  it('falls back to the source id when the metadata is missing', () => {
    const card = renderCard({ sources: [] });
    expect(text(card.querySelector('cite'))).toBe('Unknown source (000_465aad8e3f0e76aa.txt)');
  });

  it('omits the contested marker and the contrasting languages when there are none', () => {
    const card = renderCard({ claim: strongClaim });
    expect(card.querySelector('.mg-tag--contested')).toBeNull();
    expect([...card.querySelectorAll('.mg-counts li')].map(text)).toEqual([
      '1 supporting source in 1 language',
      '0 contrasting sources',
    ]);
    expect(text(card.querySelector('.mg-badge__word'))).toBe('Moderate');
  });

  it('has a pin toggle (aria-pressed) and a close button, both named and reachable by Tab', async () => {
    const onClose = vi.fn();
    function Stateful() {
      const [pinned, setPinned] = useState(false);
      return (
        <ClaimCard
          claim={claim}
          sources={sources}
          sourceHref={sourceHref}
          polarity="affirms"
          sentence=""
          locale="en"
          pinned={pinned}
          onPinnedChange={setPinned}
          onClose={onClose}
        />
      );
    }
    const { container, unmount } = mount(<Stateful />);
    cleanup = unmount;
    const pin = container.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    expect(pin.getAttribute('aria-label')).toBe('Keep card open');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    await click(pin);
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[role="dialog"]')?.hasAttribute('data-pinned')).toBe(true);
    await click(pin);
    expect(pin.getAttribute('aria-pressed')).toBe('false');

    const close = container.querySelector('button[aria-label="Close card"]')!;
    await click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    for (const control of container.querySelectorAll('button, a')) {
      expect(control.getAttribute('tabindex')).not.toBe('-1');
      expect(control.getAttribute('type') ?? 'link').not.toBe('submit');
    }
    // An empty page sentence leaves no empty "On this page" block.
    expect(container.querySelector('.mg-page-sentence')).toBeNull();
  });

  it('uses headings in order: statement, sections, evidence groups', () => {
    const card = renderCard();
    const levels = [...card.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels).toEqual([2, 3, 3, 4, 4]);
  });
});
