import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { DeliveredEvent } from './outbox.js'

/**
 * Every process reads these topics from the outbox itself, instead of the relay handing each event
 * to one consumer: an in-memory index lives in each API process, and each must see every change.
 *
 * Events are read by creation time with a look-back window, because created_at is when the writing
 * transaction began, not when it committed: a transaction that began earlier may commit after a later
 * one was read. Ids already handled inside the window are skipped.
 */
export interface EventTail {
  start(intervalMs?: number): void
  /** Reads once now; returns how many new events were handled. */
  poll(): Promise<number>
  stop(): Promise<void>
}

/** Longer than any catalog transaction should run (an import batch): one that began earlier and committed later is still read. */
const LOOK_BACK_MS = 60_000
const BATCH = 500

export function createEventTail(deps: {
  db: Db
  topics: string[]
  /** Where to begin: the tail reads events created after this instant, minus the look-back window. */
  since: Date
  handle: (events: DeliveredEvent[]) => Promise<void>
  log: { error(obj: object, msg: string): void }
}): EventTail {
  const { db, topics } = deps
  let cursor = deps.since.getTime()
  /** id → created_at of events handled within the window. */
  const seen = new Map<string, number>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined

  async function pollOnce(): Promise<number> {
    let handled = 0
    // Pages through the window by (created_at in microseconds, id), so a burst of events sharing one
    // instant (an import batch) is read page after page, never the same page twice.
    let afterMicros = (cursor - LOOK_BACK_MS) * 1000
    let afterId = ''
    for (;;) {
      // Ids first: most of the window was handled by an earlier poll, and only new events need their payload.
      const rows = await sql<{ id: string; created_at: Date; micros: number }>`
        select id, created_at, (extract(epoch from created_at) * 1000000)::bigint as micros
        from outbox_event
        where topic = any(${topics}) and created_at >= to_timestamp(${afterMicros / 1_000_000})
          and ((extract(epoch from created_at) * 1000000)::bigint, id) > (${afterMicros}::bigint, ${afterId})
        order by created_at, id limit ${BATCH}`.execute(db)
      const freshIds = rows.rows.filter((row) => !seen.has(row.id)).map((row) => row.id)
      if (freshIds.length > 0) {
        const fresh = await sql<{ id: string; topic: string; version: number; payload: unknown; created_at: Date }>`
          select id, topic, version, payload, created_at from outbox_event where id = any(${freshIds}) order by created_at, id`.execute(db)
        await deps.handle(
          fresh.rows.map((row) => ({
            id: row.id,
            topic: row.topic,
            version: row.version,
            payload: row.payload,
            createdAt: row.created_at,
          })),
        )
        for (const row of fresh.rows) seen.set(row.id, row.created_at.getTime())
        handled += fresh.rows.length
      }
      const last = rows.rows.at(-1)
      if (last) cursor = Math.max(cursor, last.created_at.getTime())
      if (!last || rows.rows.length < BATCH) break
      afterMicros = Number(last.micros)
      afterId = last.id
    }
    for (const [id, at] of seen) if (at < cursor - 2 * LOOK_BACK_MS) seen.delete(id)
    return handled
  }

  return {
    poll() {
      running ??= pollOnce().finally(() => (running = undefined))
      return running
    },
    start(intervalMs = 250) {
      timer ??= setInterval(
        () => void this.poll().catch((error: unknown) => deps.log.error({ err: error }, 'event tail failed')),
        intervalMs,
      )
      timer.unref()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = undefined
      await running
    },
  }
}
