import type { StoredItem } from './items.ts';
import type { Repaired } from './repair-settings.ts';

/**
 * Reads an item through its repair function and writes the repaired value back, so a corrupted
 * value is fixed once rather than on every read. Never throws: this runs inside web pages (the
 * content script), where a storage failure must cost the reader defaults, not the page.
 */
export async function readRepaired<T>(
  item: StoredItem,
  repair: (raw: unknown) => Repaired<T>,
  version: number,
): Promise<T> {
  let raw: unknown = null;
  try {
    raw = await item.getValue();
  } catch (error) {
    console.warn('[MgLens] could not read', item.key, error);
  }
  const { value, repaired } = repair(raw);
  if (repaired) {
    try {
      await item.setValue(value);
      await item.setMeta({ v: version });
    } catch (error) {
      console.warn('[MgLens] could not repair', item.key, error);
    }
  }
  return value;
}

/** Serialises read-modify-write within one page, so two quick clicks never lose an update. */
export function createWriteQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
