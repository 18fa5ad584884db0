import type { StoredItem } from './items.ts';
import type { Repaired } from './repair-settings.ts';

export interface WatchOptions {
  /** Aborting stops the watch, so turning the extension off leaves no listener behind. */
  signal?: AbortSignal;
}

/**
 * Calls back with the item's new value, validated like a read, whenever any context of the
 * extension writes it. The repair is not written from here: the next read does that, so
 * watchers in many tabs don't all write at once. A throwing callback is logged, never rethrown
 * into the page.
 */
export function watchItem<T>(
  item: StoredItem,
  repair: (raw: unknown) => Repaired<T>,
  callback: (value: T) => void,
  options: WatchOptions = {},
): () => void {
  if (options.signal?.aborted) return () => undefined;
  const unwatch = item.watch((raw) => {
    try {
      callback(repair(raw).value);
    } catch (error) {
      console.error('[MgLens] watcher of', item.key, 'failed', error);
    }
  });
  options.signal?.addEventListener('abort', unwatch, { once: true });
  return unwatch;
}
