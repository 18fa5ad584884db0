// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TermCard } from '../../../src/ui/card/TermCard.tsx';
import type { TermCardProps } from '../../../src/ui/card/types.ts';
import { claim, sourceHref, sources, strongClaim } from './fixtures.ts';
import { click, mount, text } from './render.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function renderTerm(overrides: Partial<TermCardProps> = {}) {
  const props: TermCardProps = {
    conceptId: 'magnesium',
    displayName: 'magnesium',
    claims: [strongClaim, claim],
    sources,
    sourceHref,
    locale: 'en',
    pinned: false,
    onPinnedChange: () => {},
    onClose: () => {},
    ...overrides,
  };
  const { container, unmount } = mount(<TermCard {...props} />);
  cleanup = unmount;
  return container;
}

describe('TermCard', () => {
  it('names the concept and lists each claim with its grade badge', () => {
    const card = renderTerm({ locale: 'nb', displayName: 'magnesium' });
    expect(text(card.querySelector('h2'))).toBe('magnesium');
    expect(text(card.querySelector('.mg-card__kind'))).toBe('Begrep');
    expect(text(card.querySelector('.mg-term-intro'))).toBe('2 påstander i databasen handler om dette begrepet.');
    const items = [...card.querySelectorAll('.mg-term-claim')];
    expect(items.map((li) => text(li.querySelector('.mg-disclosure__statement')))).toEqual([
      strongClaim.statement.nb,
      claim.statement.nb,
    ]);
    expect(items.map((li) => text(li.querySelector('.mg-badge__word')))).toEqual(['Moderat', 'Lav']);
  });

  it('is a dialog named by its kind and the concept', () => {
    const card = renderTerm({ displayName: 'Epsom salt' });
    const ids = card.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => text(card.querySelector(`[id="${id}"]`))).join(' ')).toBe('MgLens · Term Epsom salt');
  });

  it('expands a claim to its strength and evidence, and collapses it again', async () => {
    const card = renderTerm();
    const button = card.querySelectorAll<HTMLButtonElement>('.mg-disclosure')[1]!;
    const details = card.querySelector(`[id="${button.getAttribute('aria-controls')}"]`)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hasAttribute('hidden')).toBe(true);
    expect(details.querySelector('.mg-evidence')).toBeNull();

    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hasAttribute('hidden')).toBe(false);
    expect(text(details)).toContain(claim.strength.reasons.en);
    expect(details.querySelectorAll('.mg-evidence')).toHaveLength(3);
    expect(details.querySelectorAll('a')).toHaveLength(3);

    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hasAttribute('hidden')).toBe(true);
  });

  it('nests headings under the claim headings when expanded', async () => {
    const card = renderTerm({ claims: [claim] });
    await click(card.querySelector('.mg-disclosure'));
    const levels = [...card.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels).toEqual([2, 3, 4, 4, 5, 5]);
  });

  it('says so when no claim is about the term', () => {
    const card = renderTerm({ claims: [], locale: 'bg' });
    expect(text(card.querySelector('.mg-term-intro'))).toBe('Базата данни все още няма твърдения за този термин.');
    expect(card.querySelector('ul')).toBeNull();
  });

  it('uses the singular for one claim', () => {
    expect(text(renderTerm({ claims: [claim] }).querySelector('.mg-term-intro'))).toBe(
      '1 claim in the database is about this term.',
    );
  });
});
