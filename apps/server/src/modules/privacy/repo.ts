import type { Db } from '../../platform/db/database.js'
import type { ConsentPurpose } from './tables.js'

export function createPrivacyRepo(db: Db) {
  return {
    db,
    insertConsent: (row: { id: string; customer_id: string; purpose: ConsentPurpose; granted: boolean; source: string }, tx: Db = db) =>
      tx.insertInto('consent').values(row).returningAll().executeTakeFirstOrThrow(),
    /** Oldest first: ids are time-ordered, and decisions made in one transaction share `at`. */
    listConsents: (customerId: string, tx: Db = db) =>
      tx.selectFrom('consent').selectAll().where('customer_id', '=', customerId).orderBy('id').limit(10_000).execute(),
    deleteConsents: async (customerId: string, tx: Db) =>
      (await tx.deleteFrom('consent').where('customer_id', '=', customerId).returning('id').execute()).length,
  }
}

export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>
