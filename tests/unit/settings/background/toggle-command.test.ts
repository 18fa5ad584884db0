import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOGGLE_COMMAND, handleCommand } from '../../../../src/settings/background/toggle-command.ts';
import { emptyGradeCounts } from '../../../../src/settings/page-state.ts';
import { getSettings, setEnabled } from '../../../../src/settings/settings.ts';

describe('the toggle-annotation command', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('flips the site of the tab it was given', async () => {
    const tab = { id: 3, url: 'https://www.example.com/article' } as never;
    expect(await handleCommand(TOGGLE_COMMAND, tab)).toEqual({ site: 'example.com', active: false });
    expect((await getSettings()).sites).toEqual({ 'example.com': 'off' });
    expect(await handleCommand(TOGGLE_COMMAND, tab)).toEqual({ site: 'example.com', active: true });
    expect((await getSettings()).sites).toEqual({});
  });

  it('turns MgLens on (for this site) when it was off everywhere', async () => {
    await setEnabled(false);
    expect(await handleCommand(TOGGLE_COMMAND, { id: 3, url: 'https://example.com/' } as never)).toEqual({
      site: 'example.com',
      active: true,
    });
    expect((await getSettings()).enabled).toBe(true);
  });

  it('asks the content script for the page when the tab hides its URL', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { active: true, url: 'https://news.example.org/x', title: '', counts: emptyGradeCounts(), termCount: 0, matches: [] },
    });
    expect(await handleCommand(TOGGLE_COMMAND, { id: 5 } as never)).toEqual({ site: 'news.example.org', active: false });
    expect(send).toHaveBeenCalledWith(5, { type: 'get-page-state' }, { frameId: 0 });
  });

  it('uses the active tab when none is given', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 2, url: 'https://a.org/' } as never]);
    expect(await handleCommand(TOGGLE_COMMAND)).toEqual({ site: 'a.org', active: false });
  });

  it('does nothing on browser pages, on tabs without a content script, or for other commands', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await handleCommand(TOGGLE_COMMAND, { id: 1, url: 'chrome://extensions/' } as never)).toBeNull();
    expect(await handleCommand(TOGGLE_COMMAND, { id: 1 } as never)).toBeNull();
    expect(await handleCommand('something-else', { id: 1, url: 'https://a.org/' } as never)).toBeNull();
    expect(await getSettings()).toMatchObject({ enabled: true, sites: {} });
  });
});
