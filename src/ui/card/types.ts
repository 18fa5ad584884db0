import type { UiLocale } from '../../i18n/locale.ts';
import type { ClaimView, OpenSource, SourceHref, SourceView } from '../common/types.ts';

/** Whether the page sentence asserts the claim or argues against it (from the matcher). */
export type Polarity = 'affirms' | 'denies';

/** What every card needs besides its subject: the reader's language and how to reach a source. */
interface CardContext {
  /** The reader's UI language: statements, reasons and labels are shown in it. */
  locale: UiLocale;
  /** Metadata of the sources the evidence cites; looked up by id. */
  sources: readonly SourceView[];
  sourceHref: SourceHref;
  onOpenSource?: OpenSource;
}

/** A highlighted sentence that makes a claim the database knows. */
export interface ClaimCardContent extends CardContext {
  kind: 'claim';
  claim: ClaimView;
  polarity: Polarity;
  /** The sentence as it reads on the page; shown as text, never as markup. */
  sentence: string;
}

/** A bare term (a concept named without a recognised claim). */
export interface TermCardContent extends CardContext {
  kind: 'term';
  /** The concept's id (a lexicon concept), for tests and styling hooks. */
  conceptId: string;
  /** The concept's name in the reader's language (from the lexicon). */
  displayName: string;
  /** The claims about this concept, strongest first if the caller wants an order. */
  claims: readonly ClaimView[];
}

export type CardContent = ClaimCardContent | TermCardContent;

/** Card state owned by whoever hosts the card (the shadow-root host, or a test). */
export interface CardControls {
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
  onClose: () => void;
}

export type ClaimCardProps = Omit<ClaimCardContent, 'kind'> & CardControls;
export type TermCardProps = Omit<TermCardContent, 'kind'> & CardControls;
export type CardProps = { content: CardContent } & CardControls;
