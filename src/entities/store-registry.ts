/**
 * The identity registry and the store: ingestion loads the stored identities before its first
 * page, so that a person of a new page links to the identity stored before, and writes back what
 * it learnt (new identities, aliases, a fuller canonical name) when it ends.
 */
import type { Store } from '../store/index.js';
import { createIdentityRegistry } from './index.js';
import type { IdentityRegistry } from './registry.js';

/** A registry holding every person identity of the store. Example: `const reg = await registryFromStore(store);` */
export async function registryFromStore(store: Pick<Store, 'listEntities'>, language?: string): Promise<IdentityRegistry> {
  const registry = createIdentityRegistry(language);
  registry.load(await store.listEntities({ type: 'PERSON' }));
  return registry;
}

/** Writes the identities the registry changed since it was loaded or last saved; returns how many. */
export async function saveRegistry(store: Pick<Store, 'putEntities'>, registry: IdentityRegistry): Promise<number> {
  const changed = registry.takeChanged();
  return changed.length ? store.putEntities(changed) : 0;
}
