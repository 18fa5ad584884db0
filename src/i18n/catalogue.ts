/** A catalogue in another language must have exactly the keys of the English one. */
export type Catalogue<T> = { readonly [K in keyof T]: string };

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value shows. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
