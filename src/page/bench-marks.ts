/**
 * Moments that mean something to MgLens ("first screen annotated", "mutation handled"), for
 * `npm run bench`, which reads them from a Chrome trace (User Timing) and waits on them through a
 * DOM event the page can hear. Only a page that asks for them gets them
 * (`<html data-mglens-bench>`); everywhere else each call is an empty function.
 */

const enabled = typeof document === 'object' && document?.documentElement?.hasAttribute('data-mglens-bench') === true;

function mark(name: string): void {
  performance.mark(`mglens:${name}`);
  document.dispatchEvent(new CustomEvent('mglens-bench', { detail: name }));
}

const nothing = () => {};

/** A moment: `mglens:<name>`. */
export const benchMark: (name: string) => void = enabled ? mark : nothing;

/** A span of work: `mglens:<name>:start` now, `mglens:<name>:end` when the returned function runs. */
export const benchSpan: (name: string) => () => void = enabled
  ? (name) => {
      mark(`${name}:start`);
      return () => mark(`${name}:end`);
    }
  : () => nothing;
