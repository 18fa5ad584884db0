import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveTargetTab, tabIdFromQuery } from '../../../src/settings/target-tab.ts';

describe('the popup target tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads ?tab= strictly', () => {
    expect(tabIdFromQuery('?tab=12')).toBe(12);
    expect(tabIdFromQuery('?tab=0')).toBe(0);
    for (const bad of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=12abc', '?tab=1e3', '?other=1']) {
      expect(tabIdFromQuery(bad), bad).toBeNull();
    }
  });

  it('uses the tab named in the query, when it exists', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    expect(await resolveTargetTab(`?tab=${tab.id}`)).toEqual({ id: tab.id, fromQuery: true });
    expect(await resolveTargetTab('?tab=999')).toBeNull();
  });

  it('otherwise uses the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    expect(await resolveTargetTab('')).toEqual({ id: 7, fromQuery: false });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([]);
    expect(await resolveTargetTab('')).toBeNull();
  });
});
