import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageView, revealMatch } from '../../../src/settings/page-requests.ts';
import { emptyGradeCounts } from '../../../src/settings/page-state.ts';

const state = { active: false, url: 'https://a.org/', title: 'A', counts: emptyGradeCounts(), termCount: 0, matches: [] };

describe('what the popup asks a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gets the page state', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: state });
    expect(await loadPageView(1)).toEqual({ kind: 'ready', state });
  });

  it('calls a tab without a content script unavailable', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    expect(await loadPageView(1)).toEqual({ kind: 'unavailable' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await loadPageView(1)).toEqual({ kind: 'unavailable' });
  });

  it('reports an error reply as an error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'still scanning' });
    expect(await loadPageView(1)).toEqual({ kind: 'error', reason: 'still scanning' });
  });

  it('reveals a match, and says false whatever went wrong', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: { found: true } });
    expect(await revealMatch(1, 'm1')).toBe(true);
    expect(send).toHaveBeenCalledWith(1, { type: 'reveal-match', id: 'm1' }, { frameId: 0 });
    send.mockResolvedValue({ ok: true, data: { found: false } });
    expect(await revealMatch(1, 'm1')).toBe(false);
    send.mockRejectedValue(new Error('gone'));
    expect(await revealMatch(1, 'm1')).toBe(false);
  });
});
