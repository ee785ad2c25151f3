import "server-only";

// Editions never change once loaded, so a read keyed by edition id is valid forever: a new current edition has a
// new id and simply misses. Bounded, per server process (stateless servers each keep their own).
const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<unknown>>();

export function cachedByEdition<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key) as Promise<T> | undefined;
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const value = load();
  entries.set(key, value);
  value.catch(() => entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
