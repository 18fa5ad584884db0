import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { emptyCollection } from './collection-schema.ts';
import { defaultSettings } from './schema.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export { STORAGE_KEYS };

/**
 * The storage items (keys in storage-keys.ts). Items are typed `unknown` on purpose: what comes
 * back from storage is untrusted until repairSettings / repairCollection has read it. Writers
 * pass validated values.
 */

export type StoredItem = WxtStorageItem<unknown, { v?: number }>;

export interface ItemVersioning {
  version: number;
  /** `migrations[n]` turns a value of version n-1 into version n; WXT runs them on start. */
  migrations: Record<number, (old: unknown) => unknown>;
}

/**
 * Version 1 is the first shape. A value stored without a version (WXT reads it as v1) goes
 * through the same field-by-field repair as any other, so there is nothing to migrate yet;
 * a future v2 adds `2: (v1) => v2` here.
 */
export const SETTINGS_VERSIONING: ItemVersioning = { version: 1, migrations: {} };
export const COLLECTION_VERSIONING: ItemVersioning = { version: 1, migrations: {} };

export function createSettingsItem(versioning: ItemVersioning = SETTINGS_VERSIONING): StoredItem {
  return storage.defineItem<unknown, { v?: number }>(STORAGE_KEYS.settings, {
    fallback: defaultSettings(),
    ...versioning,
  });
}

export function createCollectionItem(versioning: ItemVersioning = COLLECTION_VERSIONING): StoredItem {
  return storage.defineItem<unknown, { v?: number }>(STORAGE_KEYS.collection, {
    fallback: emptyCollection(),
    ...versioning,
  });
}

// Defined on first use, not on import: defining an item starts its migration, which needs the
// extension's storage, and importing a schema from here must stay free of that.
let settings: StoredItem | undefined;
let collection: StoredItem | undefined;

export function settingsItem(): StoredItem {
  return (settings ??= createSettingsItem());
}

export function collectionItem(): StoredItem {
  return (collection ??= createCollectionItem());
}
