/**
 * Time-sliced work on the main thread: items are processed until the slice budget is spent, then
 * the loop yields to the page (input, rendering) before continuing. No task it runs lasts much
 * longer than one item past the budget, which keeps long pages responsive (targets: no task over
 * 50 ms; the default budget leaves a wide margin for one slow item).
 */

export interface SliceOptions {
  /** Milliseconds of work per task before yielding. */
  budgetMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
}

export const DEFAULT_BUDGET_MS = 8;

/** Resolves in a new task. MessageChannel avoids the 4 ms clamp of nested setTimeout. */
export function yieldViaMessageChannel(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Calls `work` for each item, in order, in slices. Resolves when done or when the signal aborts
 * (an aborted run stops between items and resolves: cancelling is not an error).
 * Returns the number of items processed.
 */
export async function runSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  { budgetMs = DEFAULT_BUDGET_MS, signal, now = () => performance.now(), yieldToPage = yieldViaMessageChannel }: SliceOptions = {},
): Promise<number> {
  let done = 0;
  let sliceStart = now();
  for (const item of items) {
    if (signal?.aborted) return done;
    if (now() - sliceStart >= budgetMs) {
      await yieldToPage();
      if (signal?.aborted) return done;
      sliceStart = now();
    }
    work(item);
    done += 1;
  }
  return done;
}
