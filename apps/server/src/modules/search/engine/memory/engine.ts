import type { SearchDocument, SearchEngine } from '../port.js'
import { Matcher } from './matcher.js'
import { DEFAULT_COMPACTION, MemoryIndex, type CompactionPolicy } from './memory-index.js'
import { compileDictionary, EMPTY_DICTIONARY, type CompiledDictionary } from './query-plan.js'
import { ResultBuffer, runSearch } from './search.js'
import { runSuggest } from './suggest.js'

export interface MemorySearchEngineOptions {
  /** When upserts and removals trigger a compaction; the default suits catalogs of any size. */
  compaction?: Partial<CompactionPolicy>
}

/** Sizes of the engine's parts, for benchmarks and diagnostics. */
export interface MemorySearchStats {
  documents: number
  retired: number
  terms: number
  basePostings: number
  deltaPostings: number
  compactions: number
}

export interface MemorySearchEngine extends SearchEngine {
  /** Rewrites the index without retired documents now, instead of waiting for the policy. */
  compact(): void
  stats(): MemorySearchStats
}

type Change = { upsert: SearchDocument[] } | { remove: string[] }

/**
 * The embedded search engine: an in-process index over the active catalog (see memory-index.ts),
 * queried synchronously, so a search never waits on I/O. Upserts and removals apply in place and
 * are visible to the next query; retired documents are dropped by a compaction once they are a
 * fifth of the index.
 */
export function createMemorySearchEngine(options: MemorySearchEngineOptions = {}): MemorySearchEngine {
  const policy: CompactionPolicy = { ...DEFAULT_COMPACTION, ...options.compaction }
  let index = new MemoryIndex()
  let dictionary: CompiledDictionary = EMPTY_DICTIONARY
  let compactions = 0
  const matcher = new Matcher()
  const buffer = new ResultBuffer()
  // Changes that arrive while replaceAll is reading its source are replayed on the new index, so a
  // rebuild never loses an upsert that raced it.
  const journals = new Set<Change[]>()

  const apply = (target: MemoryIndex, change: Change) => {
    if ('upsert' in change) for (const doc of change.upsert) target.upsert(doc)
    else for (const id of change.remove) target.remove(id)
  }
  const change = (next: Change) => {
    apply(index, next)
    for (const journal of journals) journal.push(next)
    if (index.needsCompaction(policy)) compact()
  }
  const compact = () => {
    index.compact()
    compactions++
  }

  return {
    name: 'memory',

    async replaceAll(documents) {
      const next = new MemoryIndex()
      const journal: Change[] = []
      journals.add(journal)
      try {
        next.beginBulk()
        for await (const batch of documents) {
          for (const doc of batch) next.upsert(doc)
          // A source that never waits on I/O would otherwise hold the event loop for the whole build.
          await new Promise((resolve) => setImmediate(resolve))
        }
        next.endBulk()
        for (const pending of journal) apply(next, pending)
        if (next.docs.retired > 0) next.compact()
        index = next
        return { documents: next.size }
      } finally {
        journals.delete(journal)
      }
    },

    async upsert(documents) {
      if (documents.length > 0) change({ upsert: documents })
    },

    async remove(productIds) {
      if (productIds.length > 0) change({ remove: productIds })
    },

    async search(query) {
      return runSearch(index, matcher, buffer, dictionary, query)
    },

    async suggest(prefix, currency, limit) {
      return runSuggest(index, matcher, buffer, dictionary, { prefix, currency, limit })
    },

    async setDictionary(next) {
      dictionary = compileDictionary(next)
    },

    async size() {
      return index.size
    },

    compact,

    stats() {
      return {
        documents: index.size,
        retired: index.docs.retired,
        terms: index.terms.size,
        basePostings: index.postings.baseSize,
        deltaPostings: index.postings.deltaSize,
        compactions,
      }
    },
  }
}
