import type { Grade } from '../claims/schema.ts';
import type { Translator } from '../i18n/translate.ts';
import type { CardData, CardSubject } from '../settings/match-schemas.ts';
import type { Settings } from '../settings/schema.ts';
import { PAGE_LIMITS, emptyGradeCounts, type PageState } from '../settings/page-state.ts';
import { isActiveOn } from '../settings/site-rules.ts';
import type { OpenSource, SourceHref } from '../ui/common/types.ts';
import { createAnnotator, type Annotator, type BlockReader, type TextMatcher } from './annotator.ts';
import { benchSpan } from './bench-marks.ts';
import { createCardContent } from './card-content.ts';
import { attachInteractions, type Interactions } from './interactions.ts';

/**
 * One tab's MgLens: follows the settings (on, off, re-annotate), answers the popup, reports the
 * claim count. Browser APIs come in as functions from the entrypoint, so this runs in tests.
 */

export interface SessionOptions {
  doc?: Document;
  hostname: string;
  reader: BlockReader;
  /** A matcher for the languages the reader chose. */
  matcherFor: (languages: Settings['languages']) => TextMatcher;
  t: Translator;
  initialSettings: Settings;
  reportClaimCount: (count: number) => void;
  /** A hover card's claims and sources (from the background, which holds the claim database). */
  fetchCard: (subject: CardSubject) => Promise<CardData>;
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
  signal: AbortSignal;
}

export interface Session {
  /** Follows new settings: turns annotation on or off, or re-reads the page when what is highlighted changed. */
  apply(settings: Settings): void;
  pageState(): PageState;
  /** Scrolls to a match and opens its card with focus; false when it is gone. */
  reveal(id: string): boolean;
  /** Resolves when the current annotation pass is done. */
  idle(): Promise<void>;
}

interface Running {
  controller: AbortController;
  annotator: Annotator;
  interactions: Interactions;
  pass: Promise<void>;
}

/** How long the badge count waits for more changes after a change the page made (see reportSoon). */
const REPORT_DELAY_MS = 100;

/** Settings that change what is highlighted: a change re-reads the page. */
const highlightKey = (s: Settings) => JSON.stringify([s.minGrade, s.highlightTerms, s.languages, s.style]);

export function createSession(options: SessionOptions): Session {
  const doc = options.doc ?? document;
  const { t } = options;
  let settings = options.initialSettings;
  let running: Running | undefined;

  const gradeWord = (grade: Grade) =>
    t(grade === 'high' ? 'common.gradeHigh' : grade === 'moderate' ? 'common.gradeModerate' : grade === 'low' ? 'common.gradeLow' : 'common.gradeVeryLow');

  const claimCount = () => running?.annotator.claimCount() ?? 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = undefined;
    options.reportClaimCount(claimCount());
  };
  /**
   * After a change the page made, the count goes out a moment later and once for a burst: a
   * message to the background costs about as much as annotating a paragraph, and a page that adds
   * twenty paragraphs needs one badge update, not twenty. A finished pass reports at once.
   */
  const reportSoon = () => {
    reportTimer ??= setTimeout(report, REPORT_DELAY_MS);
  };

  function start() {
    const controller = new AbortController();
    options.signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    const matcher = options.matcherFor(settings.languages);
    const annotator = createAnnotator({
      doc,
      reader: options.reader,
      matcher,
      describeClaim({ statement, grade, polarity }) {
        const denies = polarity === 'denies' ? ` ${t('card.pageDenies')}` : '';
        return `MgLens — ${t('card.kindClaim')}: ${statement?.[t.locale] ?? ''} (${grade ? gradeWord(grade) : ''})${denies}`;
      },
      settings: () => ({ highlightTerms: settings.highlightTerms, minGrade: settings.minGrade, style: settings.style }),
      onChange: reportSoon,
      signal: controller.signal,
    });
    const cardContentFor = createCardContent({
      locale: t.locale,
      sourceHref: options.sourceHref,
      fetchCard: options.fetchCard,
      ...(options.onOpenSource ? { onOpenSource: options.onOpenSource } : {}),
    });
    const interactions = attachInteractions({
      doc,
      signal: controller.signal,
      hoverDelayMs: () => settings.hoverDelayMs,
      appearance: () => ({ style: settings.style === 'high-contrast' ? 'high-contrast' : 'default' }),
      contentFor: (mark) => {
        const item = annotator.itemOf(mark);
        return item ? cardContentFor(item) : null;
      },
      piecesOf: (mark) => annotator.itemOf(mark)?.pieces ?? [mark],
    });
    const pass = annotator.ready.then(report);
    running = { controller, annotator, interactions, pass };
  }

  function stop() {
    if (!running) return;
    const done = benchSpan('stop');
    running.controller.abort();
    done();
    running = undefined;
    clearTimeout(reportTimer);
    reportTimer = undefined;
    options.reportClaimCount(0);
  }

  function apply(next: Settings) {
    const previous = settings;
    settings = next;
    const active = isActiveOn(next, options.hostname);
    if (!active) return stop();
    if (!running) return start();
    if (highlightKey(previous) !== highlightKey(next)) {
      // The matcher depends on the languages; the simplest correct refresh is a restart.
      stop();
      start();
    } else {
      running.interactions.refreshAppearance();
    }
  }

  options.signal.addEventListener('abort', () => stop(), { once: true });
  apply(settings);
  if (!running) options.reportClaimCount(0);

  return {
    apply,
    idle: () => running?.pass ?? Promise.resolve(),
    pageState() {
      const base = { active: running !== undefined, url: doc.location?.href ?? '', title: doc.title };
      const state: PageState = {
        url: base.url.slice(0, PAGE_LIMITS.url),
        title: base.title.slice(0, PAGE_LIMITS.title),
        active: base.active,
        counts: emptyGradeCounts(),
        termCount: 0,
        matches: [],
      };
      if (!running) return state;
      const { annotator } = running;
      const items = annotator.items();
      const offsets = annotator.blockOffsets();
      for (const item of items) {
        if (item.kind === 'term') {
          state.termCount += 1;
          continue;
        }
        const { claimId, statement, grade, polarity } = item;
        if (!claimId || !statement || !grade || !polarity) continue;
        state.counts[grade] += 1;
        if (state.matches.length >= PAGE_LIMITS.matches) continue;
        const base = offsets.get(item.block) ?? 0;
        state.matches.push({
          id: item.id,
          claimId,
          statement,
          grade,
          polarity,
          sentence: item.text.slice(0, PAGE_LIMITS.sentence),
          start: base + item.start,
          end: base + item.end,
          prefix: item.prefix.slice(-PAGE_LIMITS.context),
          suffix: item.suffix.slice(0, PAGE_LIMITS.context),
        });
      }
      // Document order, as a reader meets them.
      state.matches.sort((a, b) => a.start - b.start);
      return state;
    },
    reveal(id) {
      const item = running?.annotator.itemById(id);
      const first = item?.pieces[0];
      if (!running || !first?.isConnected) return false;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      running.interactions.open(first, { focus: true, pinned: true });
      return true;
    },
  };
}
