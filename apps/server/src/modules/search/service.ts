import type { FastifyBaseLogger } from 'fastify'
import { sql } from 'kysely'
import type { Generations } from '../../platform/cache/generations.js'
import type { Db } from '../../platform/db/database.js'
import type { DeliveredEvent, Outbox } from '../../platform/events/outbox.js'
import { createEventTail, type EventTail } from '../../platform/events/tail.js'
import type { CatalogService } from '../catalog/service.js'
import { CATALOG_TOPICS, type CategoryChangedV1, type ProductChangedV1 } from '../catalog/events.js'
import type { InventoryService, InventoryUpdatedV1 } from '../inventory/service.js'
import { ORDER_TOPICS, type OrderCreatedV1 } from '../orders/events.js'
import type { SearchEngine, SearchQuery, SearchResult } from './engine/port.js'
import { toSearchDocument } from './documents.js'
import type { SearchRepo } from './repo.js'
import { createSearchDictionary } from './dictionary.js'
import { notFound } from '../../problems.js'

const BATCH = 1000
const TAXONOMY_TTL_MS = 5_000
const ZERO_RESULT_FLUSH_MS = 5_000
const ZERO_RESULT_MAX_PENDING = 10_000
const RETRY_START_MS = 5_000
/** Events this far back are re-read when a shared index is rebuilt, for changes that raced the build. */
const REPLAY_MS = 60_000
/** Bumped by whoever changes the shared PostgreSQL index, so every process's answer cache moves on. */
const SHARED_GENERATION = 'search'

/** How a zero-result query is counted and kept: lower case, single spaces, at most 200 characters. */
const zeroResultKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 200)

export const SEARCH_TOPICS = { dictionaryChanged: 'search.dictionary_changed', reindexRequested: 'search.reindex_requested' } as const

/** The topics that change what a search finds: text, prices, categories, stock, sales, the dictionary. */
const WATCHED = [
  CATALOG_TOPICS.productChanged,
  CATALOG_TOPICS.categoryChanged,
  'inventory.updated',
  ORDER_TOPICS.created,
  SEARCH_TOPICS.dictionaryChanged,
  SEARCH_TOPICS.reindexRequested,
]

export interface SearchServiceDeps {
  engine: SearchEngine
  db: Db
  repo: SearchRepo
  outbox: Outbox
  catalog: CatalogService
  inventory: InventoryService
  unitsSold: (productIds: string[]) => Promise<Map<string, number>>
  generations: Generations
  log: FastifyBaseLogger
}

/**
 * Search over the catalog. The engine (in-process or PostgreSQL) holds the index; this service
 * feeds it: the whole catalog when the process starts (the API is not ready before), then every
 * change as it is committed, read from the outbox within a quarter of a second. With the in-process
 * engine every process tails the outbox itself, since each holds its own index; the PostgreSQL
 * engine's index is shared, so it is kept fresh the same way but rebuilt at start only when empty.
 */
export function createSearchService(deps: SearchServiceDeps) {
  const { engine, catalog, inventory, repo, log } = deps
  /** Counts the changes this process applied (index and dictionary): part of the answer cache's key. */
  let localVersion = 0
  const dictionary = createSearchDictionary({ repo, outbox: deps.outbox, engine, applied: () => localVersion++ })
  let ready = false
  let stopped = false
  let beginning: Promise<void> | undefined
  let tail: EventTail | undefined
  let zeroTimer: NodeJS.Timeout | undefined
  const zeroCounts = new Map<string, number>()
  let taxonomy: { at: number; value: Awaited<ReturnType<CatalogService['taxonomyForSearch']>> } | undefined

  async function documentsFor(facts: Awaited<ReturnType<CatalogService['searchFacts']>>) {
    const [sellable, sold] = await Promise.all([
      inventory.sellableVariants(facts.flatMap((f) => f.variantIds)),
      deps.unitsSold(facts.map((f) => f.id)),
    ])
    return facts.map((f) => toSearchDocument(f, sellable, sold))
  }

  async function* everyDocument() {
    let afterId: string | null = null
    for (;;) {
      const facts = await catalog.searchFacts({ afterId, limit: BATCH })
      if (facts.length === 0) return
      yield await documentsFor(facts)
      afterId = facts.at(-1)!.id
    }
  }

  /** Re-reads these products: active ones are (re)indexed, the rest leave the index. */
  async function refreshBatch(ids: string[]) {
    const facts = await catalog.searchFacts({ productIds: ids })
    const active = new Set(facts.map((f) => f.id))
    if (facts.length > 0) await engine.upsert(await documentsFor(facts))
    const gone = ids.filter((id) => !active.has(id))
    if (gone.length > 0) await engine.remove(gone)
  }

  /**
   * One product that cannot be indexed (a bug, bad data) must not hold back every change after it:
   * a failing batch is retried product by product, and a product that still fails is logged and left.
   */
  async function refresh(productIds: string[]) {
    for (let i = 0; i < productIds.length; i += BATCH) {
      const ids = productIds.slice(i, i + BATCH)
      try {
        await refreshBatch(ids)
      } catch (error) {
        log.error({ err: error, products: ids.length }, 'search refresh failed; retrying product by product')
        for (const id of ids)
          await refreshBatch([id]).catch((single: unknown) =>
            log.error({ err: single, productId: id }, 'product left out of the search index'),
          )
      }
    }
  }

  async function onEvents(events: DeliveredEvent[]) {
    try {
      await applyEvents(events)
    } finally {
      // Also after a failure: part of the batch may have been applied.
      localVersion++
    }
  }

  async function applyEvents(events: DeliveredEvent[]) {
    const productIds = new Set<string>()
    const variantIds = new Set<string>()
    const dictionaryChanged = events.some((e) => e.topic === SEARCH_TOPICS.dictionaryChanged)
    if (events.some((e) => e.topic === SEARCH_TOPICS.reindexRequested)) {
      if (dictionaryChanged) await dictionary.load()
      // A rebuild reads everything: the other changes in this batch are part of it.
      if (engine.name === 'memory') await engine.replaceAll(everyDocument())
      return
    }
    for (const event of events) {
      if (event.topic === CATALOG_TOPICS.productChanged) for (const id of (event.payload as ProductChangedV1).productIds) productIds.add(id)
      else if (event.topic === CATALOG_TOPICS.categoryChanged)
        for (const id of await catalog.productsInCategoryTree((event.payload as CategoryChangedV1).categoryId)) productIds.add(id)
      else if (event.topic === 'inventory.updated') variantIds.add((event.payload as InventoryUpdatedV1).variantId)
      else if (event.topic === ORDER_TOPICS.created)
        for (const item of (event.payload as OrderCreatedV1).items) productIds.add(item.productId)
    }
    if (dictionaryChanged) await dictionary.load()
    for (const id of await catalog.productIdsOfVariants([...variantIds])) productIds.add(id)
    if (productIds.size > 0) await refresh([...productIds])
    if (events.some((e) => e.topic === CATALOG_TOPICS.categoryChanged)) taxonomy = undefined
  }

  async function databaseNow(): Promise<Date> {
    return (await sql<{ now: Date }>`select now() as now`.execute(deps.db)).rows[0]!.now
  }

  async function replayChangesSince(since: Date) {
    const rows = await sql<{ id: string; topic: string; version: number; payload: unknown; created_at: Date }>`
      select id, topic, version, payload, created_at from outbox_event
      where topic = any(${WATCHED.filter((t) => t !== SEARCH_TOPICS.reindexRequested)}) and created_at >= ${since}
      order by created_at, id`.execute(deps.db)
    await onEvents(rows.rows.map((r) => ({ id: r.id, topic: r.topic, version: r.version, payload: r.payload, createdAt: r.created_at })))
  }

  // The shared index is kept fresh once, by the relay (the work and all roles), not by every process.
  if (engine.name === 'postgres')
    for (const topic of WATCHED.filter((t) => t !== SEARCH_TOPICS.dictionaryChanged && t !== SEARCH_TOPICS.reindexRequested))
      deps.outbox.subscribe(`search.index:${topic}`, topic, async (event) => {
        try {
          await onEvents([event])
        } finally {
          await deps.generations.bump(SHARED_GENERATION)
        }
      })

  async function taxonomyNow() {
    if (!taxonomy || Date.now() - taxonomy.at > TAXONOMY_TTL_MS) taxonomy = { at: Date.now(), value: await catalog.taxonomyForSearch() }
    return taxonomy.value
  }

  function countZeroResult(text: string) {
    const query = zeroResultKey(text)
    // Bounded between flushes: a flood of distinct nonsense must not grow memory.
    if (query && (zeroCounts.has(query) || zeroCounts.size < ZERO_RESULT_MAX_PENDING))
      zeroCounts.set(query, (zeroCounts.get(query) ?? 0) + 1)
  }

  /** Zero-result queries are written in batches, never on the search's own path. */
  async function flushZeroResults() {
    if (zeroCounts.size === 0) return
    const batch = new Map(zeroCounts)
    zeroCounts.clear()
    await repo.recordZeroResults(batch)
  }

  return {
    dictionary,
    taxonomy: taxonomyNow,

    /** Builds the index (the in-process one always; a shared PostgreSQL one only when empty), then follows changes. */
    async start(options: { follow?: boolean } = {}) {
      // The database's clock, not ours: events are stamped by it. Changes committed while the index is
      // being built are read again by the tail, which starts from before the build.
      const since = await databaseNow()
      await dictionary.load()
      if (engine.name === 'memory' || (await engine.size()) === 0) await engine.replaceAll(everyDocument())
      localVersion++
      ready = true
      if (options.follow === false || stopped) return
      // The in-process index is fed by every process reading the outbox itself; the shared PostgreSQL
      // index by the relay's single consumer (registered below), so only the dictionary is tailed here.
      const topics = engine.name === 'memory' ? WATCHED : [SEARCH_TOPICS.dictionaryChanged]
      tail = createEventTail({ db: deps.db, topics, since, handle: onEvents, log })
      tail.start()
    },

    isReady: () => ready,

    /**
     * Starts building in the background; the readiness probe says 'building' until the index is
     * complete. A failed build is logged and tried again, so one bad moment never leaves a process
     * unready for good.
     */
    begin(options: { follow?: boolean } = {}): Promise<void> {
      if (!zeroTimer) {
        zeroTimer = setInterval(
          () => void flushZeroResults().catch((error: unknown) => log.error({ err: error }, 'zero-result flush failed')),
          ZERO_RESULT_FLUSH_MS,
        )
        zeroTimer.unref()
      }
      beginning ??= this.start(options).catch((error: unknown) => {
        log.error({ err: error }, 'search index build failed; trying again')
        beginning = undefined
        if (!stopped) setTimeout(() => void this.begin(options).catch(() => {}), RETRY_START_MS).unref()
        throw error
      })
      return beginning
    },

    /** idle: nobody asked for search in this process (a worker, a test); building (or retrying); ready. */
    readiness: (): 'idle' | 'building' | 'ready' => (ready ? 'ready' : beginning || zeroTimer ? 'building' : 'idle'),

    /** Rebuilds the whole index from the catalog, in this process. */
    async reindex() {
      try {
        return await engine.replaceAll(everyDocument())
      } finally {
        localVersion++
        if (engine.name === 'postgres') await deps.generations.bump(SHARED_GENERATION)
      }
    },

    /**
     * `shopstack search reindex`: the shared PostgreSQL index is rebuilt right here; in-process
     * indexes live in the API processes, which each rebuild when they read the request.
     */
    async requestReindex(): Promise<{ rebuilt: true; documents: number } | { rebuilt: false }> {
      if (engine.name === 'postgres') {
        const since = await databaseNow()
        const built = await engine.replaceAll(everyDocument())
        // The build read each product once; a change the relay applied meanwhile was overwritten by
        // that older read, so changes since the build began are applied again.
        await replayChangesSince(new Date(since.getTime() - REPLAY_MS))
        await deps.generations.bump(SHARED_GENERATION)
        return { rebuilt: true, documents: built.documents }
      }
      await deps.outbox.emit(deps.db, SEARCH_TOPICS.reindexRequested, {})
      return { rebuilt: false }
    },

    size: () => engine.size(),

    /** Reads pending changes now (tests; the tail does it every 250 ms). */
    async catchUp() {
      await tail?.poll()
      await flushZeroResults()
    },

    /**
     * Changes with every change to what searches find, in this process or (PostgreSQL engine) any:
     * answers cached under one version are never served under the next.
     */
    async answerVersion(): Promise<string> {
      return engine.name === 'postgres' ? `${await deps.generations.current(SHARED_GENERATION)}.${localVersion}` : String(localVersion)
    },

    search: (query: SearchQuery): Promise<SearchResult> => engine.search(query),

    /** Counts a shopper's query that found nothing (cached answers too); written in batches. */
    noteZeroResult(text: string) {
      if (text.trim() !== '') countZeroResult(text)
    },

    suggest: (prefix: string, currency: string, limit: number) => engine.suggest(prefix, currency, limit),

    zeroResults: (limit: number, offset: number) => repo.zeroResults(limit, offset),

    /** Takes a query off the zero-result report (handled, or noise); it comes back if shoppers ask it again. */
    async dismissZeroResult(text: string) {
      const query = zeroResultKey(text)
      if (Number((await repo.deleteZeroResult(query)).numDeletedRows) === 0) throw notFound('zero-result query')
    },

    /** Handles of suggested products (the suggestion carries the id; the storefront links by handle). */
    productHandles: (ids: string[]) => catalog.handlesOf(ids),

    async stop() {
      stopped = true
      if (zeroTimer) clearInterval(zeroTimer)
      await tail?.stop()
      await flushZeroResults().catch(() => {})
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
