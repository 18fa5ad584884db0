import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MessageError,
  answer,
  onMessage,
  onPageStateChanged,
  sendToBackground,
  sendToTab,
  type Handlers,
  type Sender,
} from '../../../src/settings/messages.ts';
import { emptyGradeCounts, type PageState } from '../../../src/settings/page-state.ts';
import { match } from './fixtures.ts';

const ID = 'test-extension-id';
const popup: Sender = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const background: Sender = { id: ID, url: `chrome-extension://${ID}/background.js` };
const contentScript: Sender = { id: ID, url: 'https://example.com/a', tab: { id: 4 } as Sender['tab'], frameId: 0 };
const otherExtension: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
const webPage: Sender = { url: 'https://evil.example/', tab: { id: 4 } as Sender['tab'], frameId: 0 };

const state: PageState = {
  active: true,
  url: 'https://example.com/a',
  title: 'A',
  counts: { ...emptyGradeCounts(), moderate: 1 },
  termCount: 3,
  matches: [match()],
};

function contentHandlers(): Handlers<'content'> {
  return {
    'get-page-state': vi.fn(async () => state),
    'reveal-match': vi.fn(async ({ id }) => ({ found: id === 'm1' })),
  };
}

describe('answer (the content channel)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a valid message from an extension page', async () => {
    const handlers = contentHandlers();
    expect(await answer('content', handlers, { type: 'get-page-state' }, popup)).toEqual({ ok: true, data: state });
    expect(await answer('content', handlers, { type: 'reveal-match', id: 'm1' }, background)).toEqual({
      ok: true,
      data: { found: true },
    });
    expect(handlers['reveal-match']).toHaveBeenCalledWith({ type: 'reveal-match', id: 'm1' }, background);
  });

  it('rejects a malformed message with an error that names the problem', async () => {
    const handlers = contentHandlers();
    const missing = await answer('content', handlers, { type: 'reveal-match' }, popup);
    expect(missing).toMatchObject({ ok: false });
    expect(missing?.ok === false && missing.error).toMatch(/malformed "reveal-match" message/);
    expect(missing?.ok === false && missing.error).toMatch(/id/);
    expect(await answer('content', handlers, 'get-page-state', popup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expected an object with a string "type"/),
    });
    expect(await answer('content', handlers, { type: 'reveal-match', id: 'x'.repeat(10_000) }, popup)).toMatchObject({ ok: false });
    expect(handlers['reveal-match']).not.toHaveBeenCalled();
  });

  it('ignores other extensions, web pages and content scripts', () => {
    const handlers = contentHandlers();
    for (const sender of [otherExtension, webPage, contentScript, {} as Sender]) {
      expect(answer('content', handlers, { type: 'get-page-state' }, sender)).toBeUndefined();
    }
    expect(handlers['get-page-state']).not.toHaveBeenCalled();
  });

  it('leaves types it does not know to other listeners', () => {
    expect(answer('content', contentHandlers(), { type: 'open-source', id: 'x' }, popup)).toBeUndefined();
  });

  it('turns a handler error or an invalid answer into an error reply', async () => {
    const failing = { ...contentHandlers(), 'get-page-state': async () => Promise.reject(new Error('page busy')) };
    expect(await answer('content', failing, { type: 'get-page-state' }, popup)).toEqual({ ok: false, error: 'page busy' });
    const wrong = { ...contentHandlers(), 'get-page-state': async () => ({ ...state, termCount: -1 }) };
    expect(await answer('content', wrong, { type: 'get-page-state' }, popup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid answer to "get-page-state"/),
    });
  });
});

const backgroundHandlers = (): Handlers<'background'> => ({
  'page-state-changed': vi.fn(() => ({})),
  'open-source': vi.fn(() => ({})),
  'match-blocks': vi.fn(() => ({ results: [], claims: {} })),
  'card-data': vi.fn(() => ({ claims: [], sources: [] })),
  'warm-up': vi.fn(() => ({})),
});

describe('answer (the background channel)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const handlers = backgroundHandlers;

  it('takes counts only from its own content script in a top frame', async () => {
    const h = handlers();
    expect(await answer('background', h, { type: 'page-state-changed', claimCount: 2 }, contentScript)).toEqual({ ok: true, data: {} });
    for (const sender of [webPage, otherExtension, popup, { ...contentScript, frameId: 3 }]) {
      expect(answer('background', h, { type: 'page-state-changed', claimCount: 2 }, sender)).toBeUndefined();
    }
    expect(h['page-state-changed']).toHaveBeenCalledOnce();
  });

  it('opens only sources of the corpus, at whole-number offsets', async () => {
    const h = handlers();
    const good = { type: 'open-source', source: '002_1c2bfa70c31f855c.txt', start: 10, end: 40 };
    expect(await answer('background', h, good, contentScript)).toEqual({ ok: true, data: {} });
    for (const bad of [{ ...good, source: '../../etc/passwd' }, { ...good, start: -1 }, { ...good, end: 'x' }]) {
      expect(await answer('background', h, bad, contentScript)).toMatchObject({ ok: false });
    }
    expect(answer('background', h, good, webPage)).toBeUndefined();
    expect(h['open-source']).toHaveBeenCalledOnce();
  });

  it('rejects impossible counts', async () => {
    for (const claimCount of [-1, 1.5, '3', 1e9]) {
      expect(await answer('background', handlers(), { type: 'page-state-changed', claimCount }, contentScript)).toMatchObject({ ok: false });
    }
  });
});

describe('onMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers through the browser, ignores foreign senders, and stops', async () => {
    const controller = new AbortController();
    onMessage('content', contentHandlers(), { signal: controller.signal });
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-page-state' }, popup)).toEqual([{ ok: true, data: state }]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-page-state' }, webPage)).toEqual([undefined]);
    controller.abort();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-page-state' }, popup)).toEqual([]);
  });

  it('answers through sendResponse where the browser passes one, keeping the channel open', async () => {
    const stop = onMessage('content', contentHandlers());
    const sendResponse = vi.fn();
    // Real browsers pass a third argument the fake's typings leave out.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [returned] = await trigger({ type: 'reveal-match', id: 'm1' }, popup, sendResponse);
    expect(returned).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: { found: true } }));
    stop();
  });
});

describe('sendToTab and sendToBackground', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends a validated message to the top frame and returns the validated answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: state });
    expect(await sendToTab(4, { type: 'get-page-state' })).toEqual(state);
    expect(send).toHaveBeenCalledWith(4, { type: 'get-page-state' }, { frameId: 0 });
  });

  it('refuses to send a malformed message', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await expect(sendToTab(4, { type: 'reveal-match', id: '' })).rejects.toThrow();
    expect(send).not.toHaveBeenCalled();
  });

  it('reports a tab without a content script as no-receiver', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToTab(4, { type: 'get-page-state' })).rejects.toMatchObject({ name: 'MessageError', code: 'no-receiver' });
  });

  it('reports a rejection and a bad answer apart', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: 'no such match' });
    await expect(sendToTab(4, { type: 'reveal-match', id: 'm9' })).rejects.toEqual(new MessageError('rejected', 'no such match'));
    send.mockResolvedValue({ ok: true, data: { found: 'yes' } });
    await expect(sendToTab(4, { type: 'reveal-match', id: 'm9' })).rejects.toMatchObject({ code: 'bad-response' });
    send.mockResolvedValue('<img src=x onerror=alert(1)>');
    await expect(sendToTab(4, { type: 'reveal-match', id: 'm9' })).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('reaches the background through onMessage end to end', async () => {
    const handler = vi.fn(() => ({}));
    onMessage('background', { ...backgroundHandlers(), 'page-state-changed': handler });
    // The fake browser delivers runtime messages with an empty sender; give it the content script's.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, contentScript)).find(Boolean),
    );
    await expect(sendToBackground({ type: 'page-state-changed', claimCount: 5 })).resolves.toEqual({});
    expect(handler).toHaveBeenCalledWith({ type: 'page-state-changed', claimCount: 5 }, contentScript);
  });
});

describe('onPageStateChanged', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('observes its tab only, without answering', async () => {
    const seen: number[] = [];
    onPageStateChanged(4, (count) => seen.push(count));
    const replies = [
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', claimCount: 2 }, contentScript)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', claimCount: 3 }, { ...contentScript, tab: { id: 9 } as Sender['tab'] })),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', claimCount: 4 }, webPage)),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', claimCount: 'x' }, contentScript)),
    ];
    expect(seen).toEqual([2]);
    expect(replies.every((reply) => reply === undefined)).toBe(true);
  });
});
