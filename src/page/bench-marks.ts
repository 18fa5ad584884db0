/**
 * Moments that mean something to MgLens ("first screen annotated", "mutation handled"), for
 * `npm run bench`, which reads them from a Chrome trace (User Timing) and from a DOM event the
 * page can hear (`detail`: `<name>@<performance.now()>`, the page's clock too). Only a page that
 * asks for them gets them (`<html data-mglens-bench>`); everywhere else each call is an empty
 * function.
 */

const enabled = typeof document === 'object' && document?.documentElement?.hasAttribute('data-mglens-bench') === true;

function emit(name: string, startTime: number): void {
  performance.mark(`mglens:${name}`, { startTime });
  document.dispatchEvent(new CustomEvent('mglens-bench', { detail: `${name}@${startTime}` }));
}

const nothing = () => {};

/** A moment: `mglens:<name>`. */
export const benchMark: (name: string) => void = enabled ? (name) => emit(name, performance.now()) : nothing;

/**
 * A span of work: `mglens:<name>:start` and `mglens:<name>:end`, both announced when the returned
 * function runs, so that announcing costs the span nothing.
 */
export const benchSpan: (name: string) => () => void = enabled
  ? (name) => {
      const start = performance.now();
      return () => {
        const end = performance.now();
        emit(`${name}:start`, start);
        emit(`${name}:end`, end);
      };
    }
  : () => nothing;
