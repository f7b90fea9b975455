import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import { Problem } from '../../problems.js'
import { needlesOf, scrubStrings } from '../scrub.js'

export interface IdempotentResult<T> {
  statusCode: number
  body: T
  /** True when this answer is a stored one, returned to a retry. */
  replayed: boolean
}

const WAIT_STEP_MS = 25

/** A stable fingerprint of a request body, so a reused key with a different body is caught. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex')
}

/**
 * Runs `work` at most once per (scope, key). The first caller claims the key with an insert that
 * only one of any number of racing callers can win; the others wait for the winner's stored answer
 * and return it. A failure that is a Problem (a 4xx the client may fix) is stored like an answer;
 * any other failure frees the key so a retry can try again.
 */
export function createIdempotency(deps: { db: Db; waitMs?: number }) {
  const { db } = deps
  const waitMs = deps.waitMs ?? 30_000

  async function awaitAnswer<T>(scope: string, key: string, hash: string): Promise<IdempotentResult<T> | undefined> {
    const deadline = Date.now() + waitMs
    for (;;) {
      const row = await db.selectFrom('idempotency_key').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst()
      if (!row) return undefined // the first attempt failed and freed the key: claim it ourselves
      if (row.request_hash !== hash)
        throw new Problem({
          type: 'validation',
          detail: 'This Idempotency-Key was used with a different request',
          errors: [{ pointer: '/headers/idempotency-key', detail: 'reused with a different body' }],
        })
      if (row.state === 'done') return { statusCode: row.status_code!, body: row.response as T, replayed: true }
      if (Date.now() > deadline)
        throw new Problem({ type: 'conflict', detail: 'A request with this Idempotency-Key is still being processed' })
      await sleep(WAIT_STEP_MS)
    }
  }

  return {
    async run<T>(
      scope: string,
      key: string,
      hash: string,
      work: () => Promise<{ statusCode: number; body: T }>,
    ): Promise<IdempotentResult<T>> {
      for (;;) {
        const claimed = await db
          .insertInto('idempotency_key')
          .values({ scope, key, request_hash: hash, state: 'running', status_code: null, response: null })
          .onConflict((oc) => oc.doNothing())
          .returning('key')
          .executeTakeFirst()
        if (!claimed) {
          const answer = await awaitAnswer<T>(scope, key, hash)
          if (answer) return answer
          continue
        }
        let outcome: { statusCode: number; body: T }
        try {
          outcome = await work()
        } catch (error) {
          if (!(error instanceof Problem) || error.status >= 500) {
            await db.deleteFrom('idempotency_key').where('scope', '=', scope).where('key', '=', key).execute()
            throw error
          }
          outcome = { statusCode: error.status, body: error.toJSON() as T }
        }
        await db
          .updateTable('idempotency_key')
          .set({ state: 'done', status_code: outcome.statusCode, response: JSON.stringify(outcome.body), completed_at: new Date() })
          .where('scope', '=', scope)
          .where('key', '=', key)
          .execute()
        return { ...outcome, replayed: false }
      }
    },

    /**
     * Erasure, in the caller's transaction: deletes the stored answers that hold one of `values` (a
     * person's email, their customer id) as a field value. A late retry with such a key then runs
     * again and finds its cart gone or closed, so no second effect follows. Returns how many.
     */
    async forget(tx: Db, values: string[]): Promise<number> {
      const needles = needlesOf(values)
      if (needles.size === 0) return 0
      const candidates = await tx
        .selectFrom('idempotency_key')
        .select(['scope', 'key', 'response'])
        .where('response', 'is not', null)
        .where((eb) => eb.or([...needles].map((n) => eb(sql<number>`position(${n} in lower(response::text))`, '>', 0))))
        .execute()
      let deleted = 0
      for (const row of candidates) {
        if (!scrubStrings(row.response, needles).changed) continue
        await tx.deleteFrom('idempotency_key').where('scope', '=', row.scope).where('key', '=', row.key).execute()
        deleted++
      }
      return deleted
    },

    /** Keys are kept for a day; retries come within minutes. */
    async purgeOlderThan(ms = 24 * 3_600_000) {
      await db
        .deleteFrom('idempotency_key')
        .where('created_at', '<', new Date(Date.now() - ms))
        .execute()
    },
  }
}

export type Idempotency = ReturnType<typeof createIdempotency>
