import { sql, type Selectable } from 'kysely'
import type { Db } from '../db/database.js'
import type { EventTables } from './tables.js'
import { newId } from '../ids.js'
import { needlesOf, scrubStrings } from '../scrub.js'

/** An event as consumers see it. `version` is the payload's schema version (docs/events.md). */
export interface DeliveredEvent<T = unknown> {
  id: string
  topic: string
  version: number
  payload: T
  createdAt: Date
}

type OutboxRow = Selectable<EventTables['outbox_event']>

export type EventHandler = (event: DeliveredEvent, ctx: { db: Db }) => Promise<void>

interface Subscription {
  consumer: string
  topic: string
  handler: EventHandler
}

const BATCH = 100
/** How long a worker holds a claimed batch before another may take it (a worker that died). */
const LEASE_SECONDS = 60
// A poison event stops being retried after this many failures; it stays in the table for inspection.
const MAX_ATTEMPTS = 10

/**
 * The event backbone on the database: `emit` writes to the outbox inside the caller's transaction,
 * so an event exists if and only if its change committed; `drain` delivers pending events to the
 * subscribed consumers after commit, at least once, skipping consumers that already recorded the
 * event id (consumed_event), and marks each event published once every consumer has it.
 */
export function createOutbox(deps: { db: Db; log: { error(obj: object, msg: string): void } }) {
  const { db } = deps
  const subscriptions: Subscription[] = []
  let timer: NodeJS.Timeout | undefined
  let draining: Promise<number> | undefined

  async function deliver(event: DeliveredEvent): Promise<void> {
    for (const sub of subscriptions.filter((s) => s.topic === event.topic)) {
      const done = await db
        .selectFrom('consumed_event')
        .select('event_id')
        .where('consumer', '=', sub.consumer)
        .where('event_id', '=', event.id)
        .executeTakeFirst()
      if (done) continue
      // No transaction is held while the handler runs: it may call other services or send mail.
      await sub.handler(event, { db })
      await db
        .insertInto('consumed_event')
        .values({ consumer: sub.consumer, event_id: event.id })
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
  }

  async function drainOnce(): Promise<number> {
    // Claims a batch: rows another worker holds are skipped, so no two workers deliver one event at once.
    const claimed = await sql<OutboxRow>`
      update outbox_event set leased_until = now() + ${`${LEASE_SECONDS} seconds`}::interval
      where id in (
        select id from outbox_event
        where published_at is null and attempts < ${MAX_ATTEMPTS} and (leased_until is null or leased_until < now())
        order by created_at, id
        limit ${BATCH}
        for update skip locked
      )
      returning *`.execute(db)
    const pending = claimed.rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id))
    let delivered = 0
    for (const row of pending) {
      const event: DeliveredEvent = { id: row.id, topic: row.topic, version: row.version, payload: row.payload, createdAt: row.created_at }
      try {
        await deliver(event)
        await db
          .updateTable('outbox_event')
          .set({ published_at: new Date(), attempts: row.attempts + 1, last_error: null, leased_until: null })
          .where('id', '=', row.id)
          .execute()
        delivered++
      } catch (error) {
        deps.log.error({ err: error, eventId: row.id, topic: row.topic }, 'event delivery failed; will retry')
        await db
          .updateTable('outbox_event')
          .set({ attempts: row.attempts + 1, last_error: String((error as Error).message ?? error).slice(0, 1000), leased_until: null })
          .where('id', '=', row.id)
          .execute()
      }
    }
    return delivered
  }

  return {
    /** Records an event in the caller's transaction. Returns its id. */
    async emit<T>(tx: Db, topic: string, payload: T, version = 1): Promise<string> {
      const id = newId('evt')
      await tx
        .insertInto('outbox_event')
        .values({ id, topic, version, payload: JSON.stringify(payload) })
        .execute()
      return id
    },

    /** Several events of one topic in one statement (a checkout's stock lines). */
    async emitMany<T>(tx: Db, topic: string, payloads: T[], version = 1): Promise<void> {
      if (payloads.length === 0) return
      await tx
        .insertInto('outbox_event')
        .values(payloads.map((payload) => ({ id: newId('evt'), topic, version, payload: JSON.stringify(payload) })))
        .execute()
    },

    /** Events committed and not yet delivered (those past their last attempt aside): the relay's backlog. */
    async pending(): Promise<number> {
      const row = await sql<{ n: string }>`
        select count(*) as n from outbox_event where published_at is null and attempts < ${MAX_ATTEMPTS}`.execute(deps.db)
      return Number(row.rows[0]!.n)
    },

    /** Registers a consumer; its name is the dedupe key, so keep it stable. */
    subscribe(consumer: string, topic: string, handler: EventHandler) {
      subscriptions.push({ consumer, topic, handler })
    },

    /** Delivers what is pending now; one drain at a time per process. Returns how many events were published. */
    drain(): Promise<number> {
      draining ??= drainOnce().finally(() => (draining = undefined))
      return draining
    },

    /**
     * Erasure, in the caller's transaction: events whose payload holds one of `values` (a person's
     * email, their customer id) as a field value. Published ones have done their work and are deleted
     * with their consumer records; pending ones are still delivered, with those fields set to null.
     */
    async forget(tx: Db, values: string[]): Promise<{ deleted: number; scrubbed: number }> {
      const needles = needlesOf(values)
      if (needles.size === 0) return { deleted: 0, scrubbed: 0 }
      // A text search finds the candidates; only whole field values count (scrubStrings decides).
      const candidates = await tx
        .selectFrom('outbox_event')
        .select(['id', 'payload', 'published_at'])
        .where((eb) => eb.or([...needles].map((n) => eb(sql<number>`position(${n} in lower(payload::text))`, '>', 0))))
        .forUpdate()
        .execute()
      const published: string[] = []
      let scrubbed = 0
      for (const row of candidates) {
        const result = scrubStrings(row.payload, needles)
        if (!result.changed) continue
        if (row.published_at) published.push(row.id)
        else {
          await tx
            .updateTable('outbox_event')
            .set({ payload: JSON.stringify(result.value) })
            .where('id', '=', row.id)
            .execute()
          scrubbed++
        }
      }
      if (published.length > 0) {
        await tx.deleteFrom('consumed_event').where('event_id', 'in', published).execute()
        await tx.deleteFrom('outbox_event').where('id', 'in', published).execute()
      }
      return { deleted: published.length, scrubbed }
    },

    /** Deletes published events (and their consumer records) older than the retention period. */
    async purgePublished(olderThanMs = 7 * 24 * 3_600_000) {
      const before = new Date(Date.now() - olderThanMs)
      await db.transaction().execute(async (tx) => {
        const old = tx.selectFrom('outbox_event').select('id').where('published_at', '<', before)
        await tx.deleteFrom('consumed_event').where('event_id', 'in', old).execute()
        await tx.deleteFrom('outbox_event').where('published_at', '<', before).execute()
      })
    },

    /** Runs the relay: drains every `intervalMs` (the `work` and `all` roles). */
    start(intervalMs = 250) {
      timer ??= setInterval(
        () => void this.drain().catch((error: unknown) => deps.log.error({ err: error }, 'outbox drain failed')),
        intervalMs,
      )
      timer.unref()
    },

    async stop() {
      if (timer) clearInterval(timer)
      timer = undefined
      await draining
    },
  }
}

export type Outbox = ReturnType<typeof createOutbox>
