import { z } from 'zod/mini';
import { SOURCE_IDS } from '../claims/values.ts';
import { CardDataRequestSchema, CardDataSchema, MatchBlocksRequestSchema, MatchBlocksResultSchema } from './match-schemas.ts';
import { PAGE_LIMITS, PageStateSchema } from './page-state.ts';

/**
 * Every message between the extension's parts, as zod schemas. Two channels:
 *
 * - `content`: extension pages (popup, background) -> the content script of one tab, through
 *   tabs.sendMessage to the top frame.
 * - `background`: the content script -> the background, through runtime.sendMessage. Extension
 *   pages that are open (the popup) see these too and may observe them without answering.
 *
 * Turning annotation on or off is not a message: the popup and the keyboard command write the
 * settings, and the content script follows them through watchSettings.
 *
 * zod/mini, as every schema the content script loads (see schema.ts).
 */

export const ContentRequestSchema = z.discriminatedUnion('type', [
  /** What the page holds now; the popup asks when it opens. */
  z.object({ type: z.literal('get-page-state') }),
  /** Scroll to the sentence of this match and open its card. */
  z.object({ type: z.literal('reveal-match'), id: z.string().check(z.minLength(1), z.maxLength(PAGE_LIMITS.id)) }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const RevealResultSchema = z.object({
  /** False when the match is gone (the page changed since the popup asked). */
  found: z.boolean(),
});
export type RevealResult = z.infer<typeof RevealResultSchema>;

export const ContentResponseSchemas = {
  'get-page-state': PageStateSchema,
  'reveal-match': RevealResultSchema,
} satisfies Record<ContentRequest['type'], z.ZodMiniType>;

/** More claims than this on one page is not a real page; the bound keeps the badge sane. */
const MAX_CLAIM_COUNT = 1_000_000;

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /**
   * Sent by the content script after every full annotation pass (0 when off) and whenever the
   * count changes. Sets the toolbar badge of the sender's tab; an open popup reloads on it.
   */
  z.object({ type: z.literal('page-state-changed'), claimCount: z.int().check(z.nonnegative(), z.lte(MAX_CLAIM_COUNT)) }),
  /**
   * Opens the bundled source at a passage, from a hover card's link. A web page may not navigate
   * to an extension page, so the background opens it in a new tab.
   */
  z.object({
    type: z.literal('open-source'),
    source: z.enum(SOURCE_IDS),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  }),
  /** Finds the terms and claims in blocks of the page's text (the matcher lives in the background). */
  MatchBlocksRequestSchema,
  /** What a hover card shows about a claim or a term, asked when the card is about to open. */
  CardDataRequestSchema,
  /**
   * Sent (without page data) by the document_start content script unless MgLens is switched off
   * everywhere (site rules are not checked there): wakes the
   * background and has it build and warm its matcher while the page loads (early-read.ts).
   */
  z.object({ type: z.literal('warm-up') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const BackgroundResponseSchemas = {
  'page-state-changed': z.object({}),
  'open-source': z.object({}),
  'match-blocks': MatchBlocksResultSchema,
  'card-data': CardDataSchema,
  'warm-up': z.object({}),
} satisfies Record<BackgroundRequest['type'], z.ZodMiniType>;

/** What travels back: the handler's answer, or why there is none. */
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
