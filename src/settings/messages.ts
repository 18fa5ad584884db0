import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { isPlainObject } from './json-value.ts';
import {
  BackgroundRequestSchema,
  BackgroundResponseSchemas,
  ContentRequestSchema,
  ContentResponseSchemas,
  ReplySchema,
  type BackgroundRequest,
  type ContentRequest,
  type Reply,
} from './message-schemas.ts';
import { isFromExtensionPage, isFromOwnContentScript, type Sender } from './senders.ts';
import type { WatchOptions } from './watch-item.ts';

export * from './message-schemas.ts';
export type { Sender } from './senders.ts';

/** Typed, validated messaging between the popup, the background and the content script. */

const CHANNELS = {
  /** Handled by the content script; sent by extension pages with sendToTab. */
  content: { requests: ContentRequestSchema, responses: ContentResponseSchemas, accepts: isFromExtensionPage },
  /** Handled by the background; sent by the content script with sendToBackground. */
  background: { requests: BackgroundRequestSchema, responses: BackgroundResponseSchemas, accepts: isFromOwnContentScript },
} as const;

type Channels = typeof CHANNELS;
export type ChannelName = keyof Channels;
type RequestOf<C extends ChannelName> = z.infer<Channels[C]['requests']>;
type TypeOf<C extends ChannelName> = RequestOf<C>['type'];
type ResponseSchemaOf<C extends ChannelName, T extends TypeOf<C>> = Channels[C]['responses'][T & keyof Channels[C]['responses']];
export type ResponseOf<C extends ChannelName, T extends TypeOf<C>> = z.infer<ResponseSchemaOf<C, T> & z.ZodMiniType>;

export type Handlers<C extends ChannelName> = {
  [T in TypeOf<C>]: (
    message: Extract<RequestOf<C>, { type: T }>,
    sender: Sender,
  ) => ResponseOf<C, T> | Promise<ResponseOf<C, T>>;
};

export type MessageErrorCode =
  /** No content script answered: a browser page, the store, or a tab loaded before install. */
  | 'no-receiver'
  /** The receiver understood the message and reported an error. */
  | 'rejected'
  /** The answer did not match its schema (a version skew or a bug). */
  | 'bad-response';

export class MessageError extends Error {
  constructor(
    readonly code: MessageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unwrap<S extends z.ZodMiniType>(schema: S, reply: unknown): z.infer<S> {
  if (reply === undefined || reply === null) throw new MessageError('no-receiver', 'no answer');
  const envelope = ReplySchema.safeParse(reply);
  if (!envelope.success) throw new MessageError('bad-response', 'the answer is not a reply envelope');
  if (!envelope.data.ok) throw new MessageError('rejected', envelope.data.error);
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) throw new MessageError('bad-response', z.prettifyError(data.error));
  return data.data;
}

/** Asks the content script in the top frame of a tab. Rejects with a MessageError. */
export async function sendToTab<M extends ContentRequest>(tabId: number, message: M): Promise<ResponseOf<'content', M['type']>> {
  const request = ContentRequestSchema.parse(message);
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch (error) {
    throw new MessageError('no-receiver', describe(error));
  }
  return unwrap(ContentResponseSchemas[request.type], reply) as ResponseOf<'content', M['type']>;
}

/** Tells the background (from the content script). Rejects with a MessageError. */
export async function sendToBackground<M extends BackgroundRequest>(message: M): Promise<ResponseOf<'background', M['type']>> {
  const request = BackgroundRequestSchema.parse(message);
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    throw new MessageError('no-receiver', describe(error));
  }
  return unwrap(BackgroundResponseSchemas[request.type], reply) as ResponseOf<'background', M['type']>;
}

/**
 * Whether this channel's listener answers a message. It stays silent for a sender outside the
 * extension (or the wrong part of it), and for a type it doesn't know, which another listener in
 * the same context may own. Decided synchronously: returning anything claims the message.
 */
function claims(channel: ChannelName, message: unknown, sender: Sender): boolean {
  const { responses, accepts } = CHANNELS[channel];
  if (!accepts(sender)) return false;
  const foreignType = isPlainObject(message) && typeof message.type === 'string' && !Object.hasOwn(responses, message.type);
  return !foreignType;
}

async function respond<C extends ChannelName>(channel: C, handlers: Handlers<C>, message: unknown, sender: Sender): Promise<Reply> {
  const { requests, responses } = CHANNELS[channel];
  if (!isPlainObject(message) || typeof message.type !== 'string') {
    return { ok: false, error: 'malformed message: expected an object with a string "type"' };
  }
  const request = requests.safeParse(message);
  if (!request.success) {
    return { ok: false, error: `malformed "${message.type}" message: ${z.prettifyError(request.error)}` };
  }
  const type = request.data.type as TypeOf<C>;
  const handler = handlers[type] as (message: unknown, sender: Sender) => unknown;
  try {
    const result = await handler(request.data, sender);
    const data = (responses as Record<string, z.ZodMiniType>)[type]!.safeParse(result);
    if (!data.success) return { ok: false, error: `invalid answer to "${type}": ${z.prettifyError(data.error)}` };
    return { ok: true, data: data.data };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** The reply a listener on this channel sends, or undefined when it stays silent (see claims). */
export function answer<C extends ChannelName>(
  channel: C,
  handlers: Handlers<C>,
  message: unknown,
  sender: Sender,
): Promise<Reply> | undefined {
  return claims(channel, message, sender) ? respond(channel, handlers, message, sender) : undefined;
}

/**
 * Handles this channel's messages in the current context (`content` in the content script,
 * `background` in the background). Returns the function that stops listening.
 */
export function onMessage<C extends ChannelName>(channel: C, handlers: Handlers<C>, options: WatchOptions = {}): () => void {
  if (options.signal?.aborted) return () => undefined;
  const listener = (message: unknown, sender: Sender, sendResponse?: (reply: Reply) => void): true | Promise<Reply> | undefined => {
    const reply = answer(channel, handlers, message, sender);
    if (reply === undefined) return undefined;
    // Chrome answers through sendResponse (kept open by returning true); the fake browser in
    // tests passes no sendResponse and takes the returned promise instead.
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  options.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/**
 * Observes the content script of one tab reporting a change, without answering (the background
 * answers). The popup uses it to refresh its view while it is open.
 */
export function onPageStateChanged(tabId: number, callback: (claimCount: number) => void, options: WatchOptions = {}): () => void {
  if (options.signal?.aborted) return () => undefined;
  const listener = (message: unknown, sender: Sender): undefined => {
    if (!isFromOwnContentScript(sender) || sender.tab.id !== tabId) return undefined;
    // The content script also sends its text to be matched: never parse that here.
    if (!isPlainObject(message) || message.type !== 'page-state-changed') return undefined;
    const request = BackgroundRequestSchema.safeParse(message);
    if (request.success && request.data.type === 'page-state-changed') callback(request.data.claimCount);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  options.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
