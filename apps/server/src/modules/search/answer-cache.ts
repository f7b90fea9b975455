import { LRUCache } from 'lru-cache'
import { cachedJson, type CachedJson } from '../../platform/http/cached-json.js'

/** A serialised answer, and whether it found nothing (zero-result queries are counted on every ask). */
export interface CachedAnswer extends CachedJson {
  empty: boolean
}

export interface AnswerCache {
  /** The cached answer under this key, or the computed one (stored unless the cache is off). */
  through(key: string, compute: () => Promise<{ value: unknown; empty: boolean }>): Promise<CachedAnswer>
}

/**
 * Serialised search answers, bounded by size. Callers put the index's version in the key, so a change
 * the index applies retires every earlier answer at once: an answer is never older than the index.
 * The time to live bounds what no event announces (a collection renamed, say).
 *
 * Shoppers ask the same few queries over and over ("shoes", a category page, its second page):
 * those cost a lookup instead of a search, its cards and its JSON. Concurrent asks for an answer
 * not yet cached share one computation.
 */
export function createAnswerCache(options: { maxBytes: number; ttlMs: number }): AnswerCache {
  const entries =
    options.maxBytes > 0
      ? new LRUCache<string, CachedAnswer>({
          maxSize: options.maxBytes,
          // V8 keeps these ASCII-heavy strings at one byte a character; keys and headers are small.
          sizeCalculation: (answer, key) => answer.body.length + key.length + 128,
          ttl: options.ttlMs,
          ttlAutopurge: false,
        })
      : undefined
  const computing = new Map<string, Promise<CachedAnswer>>()

  async function compute(key: string, run: () => Promise<{ value: unknown; empty: boolean }>): Promise<CachedAnswer> {
    try {
      const { value, empty } = await run()
      const answer = { ...cachedJson(value), empty }
      // An answer bigger than the whole cache is simply not kept.
      if (entries && answer.body.length + key.length + 128 <= options.maxBytes) entries.set(key, answer)
      return answer
    } finally {
      computing.delete(key)
    }
  }

  return {
    through(key, run) {
      const cached = entries?.get(key)
      if (cached) return Promise.resolve(cached)
      let pending = computing.get(key)
      if (!pending) {
        pending = compute(key, run)
        computing.set(key, pending)
      }
      return pending
    },
  }
}

/** A stable key for a validated query: the same parameters in any order give the same key. */
export const canonicalQuery = (query: object) =>
  JSON.stringify(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
