import { exportLabels, type ExportLabels } from './labels.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import type { ExportCollection, ExportDocument, ExportItem, ExportSource } from './schema.ts';
import { fragmentLink, safePageHref } from './text-fragment.ts';

/**
 * Markdown for notes. Each sentence links back to its place on the page with a text fragment; the
 * claim, strength and sources follow as a list. Every piece of text that a page or a stored
 * collection controls goes through `escapeMarkdown`, and URLs through the http(s)- and file-only link
 * builders, so a page cannot inject links, images or HTML into the reader's notes.
 */

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(level, 6))} ${text}`;
}

function pageTitle(doc: ExportDocument, labels: ExportLabels): string {
  return escapeMarkdown(doc.page.title) || labels.text('untitled');
}

function sourceLine(source: ExportSource, labels: ExportLabels): string {
  const what = `${labels.stance(source.stance)} · ${labels.evidenceKind(source.kind)}`;
  return `  - ${what} · *${escapeMarkdown(source.title)}* (\`${source.id.replace(/`/g, '')}\`): “${escapeMarkdown(source.quote)}”`;
}

function itemLines(doc: ExportDocument, item: ExportItem, index: number, level: number, labels: ExportLabels): string[] {
  const sentence = `“${escapeMarkdown(item.sentence)}”`;
  const href = fragmentLink(doc.page.url, item.sentence);
  const strength = labels.grade(item.grade) + (item.contested ? ` · ${labels.contested}` : '');
  return [
    heading(level, `${index + 1}. ${escapeMarkdown(item.statement[labels.locale])}`),
    '',
    `> ${href === undefined ? sentence : `[${sentence}](${href})`}`,
    '',
    `- ${labels.text('claimLabel')}: \`${item.claimId.replace(/`/g, '')}\``,
    `- ${labels.text(item.polarity === 'denies' ? 'pageDenies' : 'pageAffirms')}`,
    `- ${labels.strengthPrefix} ${strength}`,
    `- ${labels.text('whyLabel')}: ${escapeMarkdown(item.reasons)}`,
    ...(item.sources.length === 0
      ? [`- ${labels.text('sourcesLabel')}: ${labels.noEvidence}`]
      : [`- ${labels.text('sourcesLabel')}:`, ...item.sources.map((s) => sourceLine(s, labels))]),
    '',
  ];
}

function documentLines(doc: ExportDocument, level: number, labels: ExportLabels): string[] {
  const title = pageTitle(doc, labels);
  const href = safePageHref(doc.page.url);
  const page = href === undefined ? escapeMarkdown(doc.page.url) : `[${title}](${href})`;
  return [
    heading(level, labels.text('documentHeading', { title })),
    '',
    `- ${labels.text('pageLabel')}: ${page}`,
    `- ${labels.text('exportedLabel')}: ${timestamp(doc.page.exportedAt)}`,
    `- ${labels.count('sentences', doc.items.length)}`,
    '',
    ...(doc.items.length === 0 ? [labels.text('noSentences'), ''] : []),
    ...doc.items.flatMap((item, i) => itemLines(doc, item, i, level + 1, labels)),
  ];
}

/** A timestamp is shown as written when it is one; anything else is page-controlled text. */
function timestamp(value: string): string {
  return /^[0-9TZ:.+-]+$/.test(value) ? value : escapeMarkdown(value);
}

function footer(labels: ExportLabels): string[] {
  return ['---', '', `*${labels.text('generatedBy')}*`, ''];
}

export function toMarkdown(doc: ExportDocument): string {
  const labels = exportLabels(doc.locale);
  return [...documentLines(doc, 1, labels), ...footer(labels)].join('\n');
}

/** One heading for the collection, then each page as in a single export, one level down. */
export function collectionToMarkdown(collection: ExportCollection): string {
  const labels = exportLabels(collection.locale);
  return [
    heading(1, labels.text('collectionHeading')),
    '',
    `- ${labels.text('exportedLabel')}: ${timestamp(collection.exportedAt)}`,
    `- ${labels.count('pages', collection.documents.length)}`,
    '',
    ...collection.documents.flatMap((doc) => documentLines(doc, 2, labels)),
    ...footer(labels),
  ].join('\n');
}
