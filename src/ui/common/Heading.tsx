import { createElement, type ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * The same block (an evidence list, a strength summary) sits at different depths in the card,
 * the term card and the evidence pages; the caller says how deep so the outline stays correct.
 */
export function Heading({
  level,
  id,
  class: className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return createElement(`h${level}`, { id, class: className }, children);
}
