/**
 * The build cache: normalized events per query, kept by eleventy-fetch's AssetCache in the
 * project's `.cache` folder. We cache what the fallback renders (the normalized page), not
 * HTTP responses: GraphQL is a POST to one URL whose answer depends on the body, a query may
 * take several requests (version detection, batched groups), and the `stale` policy needs the
 * last good data whatever its age.
 */
import EleventyFetch from '@11ty/eleventy-fetch';
import type { KiosqueEvent } from '@kiosque/client';

export interface CachedEvents {
  events: KiosqueEvent[];
  fetchedAt: number;
}

interface AssetCacheLike {
  isCacheValid(duration?: string): boolean;
  getCachedValue(): unknown;
  readonly cachedObject: unknown;
  save(contents: unknown, type: 'json'): Promise<void>;
}

type AssetCacheConstructor = new (
  key: string,
  directory: string,
  options: { duration: string },
) => AssetCacheLike;

const { AssetCache } = EleventyFetch as unknown as { AssetCache: AssetCacheConstructor };

function isCachedEvents(value: unknown): value is CachedEvents {
  if (!value || typeof value !== 'object') return false;
  const data = value as Record<string, unknown>;
  return Array.isArray(data['events']) && typeof data['fetchedAt'] === 'number';
}

export interface BuildCache {
  /** The cached data if it is younger than `duration`. */
  read(key: string): Promise<CachedEvents | null>;
  /** The cached data whatever its age (for the `stale` policy). */
  readAny(key: string): Promise<CachedEvents | null>;
  write(key: string, data: CachedEvents): Promise<void>;
}

/**
 * One AssetCache per key and folder for the whole process, as eleventy-fetch keeps its own:
 * it remembers which cache files exist the first time it looks, so a fresh instance would not
 * see a file written later in the same process (`eleventy --serve` rebuilds, tests).
 */
const assets = new Map<string, AssetCacheLike>();

export function openCache(directory: string, duration: string): BuildCache {
  const open = (key: string): AssetCacheLike => {
    const id = `${directory}\0${key}`;
    let asset = assets.get(id);
    if (!asset) {
      asset = new AssetCache(`kiosque:${key}`, directory, { duration });
      assets.set(id, asset);
    }
    return asset;
  };
  const value = async (asset: AssetCacheLike): Promise<CachedEvents | null> => {
    const cached: unknown = await asset.getCachedValue();
    return isCachedEvents(cached) ? cached : null;
  };
  return {
    async read(key) {
      const asset = open(key);
      return asset.isCacheValid(duration) ? value(asset) : null;
    },
    async readAny(key) {
      const asset = open(key);
      return asset.cachedObject ? value(asset) : null;
    },
    async write(key, data) {
      await open(key).save(data, 'json');
    },
  };
}
