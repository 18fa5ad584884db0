import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeTitle } from '../../../../src/settings/background/badge-title.ts';
import { BADGE_BACKGROUND, badgeText, clearClaimCount, initBadge, showClaimCount } from '../../../../src/settings/background/badge.ts';

describe('the toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows short counts and nothing for none', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-3)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });

  it('sets the count and title per tab and clears them', async () => {
    await initBadge();
    await showClaimCount(3, 12, 'MgLens: 12 claims on this page');
    await showClaimCount(4, 1, 'MgLens: 1 claim on this page');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('12');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('MgLens: 12 claims on this page');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    await clearClaimCount(3, 'MgLens');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(BADGE_BACKGROUND).toBe('#1f4e79');
  });
});

describe('the toolbar button title', () => {
  it('says the count in the browser language', () => {
    expect(badgeTitle(0, ['en'])).toBe('MgLens');
    expect(badgeTitle(1, ['en-GB'])).toBe('MgLens: 1 claim on this page');
    expect(badgeTitle(4, ['nb-NO'])).toBe('MgLens: 4 påstander på denne siden');
    expect(badgeTitle(2, ['bg'])).toBe('MgLens: 2 твърдения на тази страница');
  });
});
