import { sql, type Insertable, type Selectable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { ProviderRefusal } from './provider.js'
import type { PaymentTables } from './tables.js'

export type TestCharge = Selectable<PaymentTables['test_provider_charge']>

/**
 * The test processor's books, kept apart from the shop's: each movement is one conditional UPDATE,
 * so the processor refuses on its own account whatever the shop believes.
 */
export function createTestLedger(db: Db) {
  const find = (reference: string) =>
    db.selectFrom('test_provider_charge').selectAll().where('reference', '=', reference).executeTakeFirst()

  /** Why a movement matched no row, as the processor's refusal code. */
  async function refusal(reference: string, limitCode: string): Promise<never> {
    const charge = await find(reference)
    if (!charge) throw new ProviderRefusal('charge_not_found')
    if (charge.status !== 'authorized') throw new ProviderRefusal(`charge_${charge.status}`)
    throw new ProviderRefusal(limitCode)
  }

  return {
    find,

    async open(row: Insertable<PaymentTables['test_provider_charge']>): Promise<void> {
      await db.insertInto('test_provider_charge').values(row).execute()
    },

    async capture(reference: string, amount: number, currency: string): Promise<void> {
      const { rows } = await sql`
        update test_provider_charge set captured_amount = captured_amount + ${amount}, updated_at = now()
        where reference = ${reference} and status = 'authorized' and currency = ${currency}
          and captured_amount + ${amount} <= authorized_amount
        returning reference`.execute(db)
      if (rows.length === 0) await refusal(reference, 'amount_exceeds_authorized')
    },

    async refund(reference: string, amount: number, currency: string): Promise<void> {
      const { rows } = await sql`
        update test_provider_charge set refunded_amount = refunded_amount + ${amount}, updated_at = now()
        where reference = ${reference} and status = 'authorized' and currency = ${currency}
          and refunded_amount + ${amount} <= captured_amount
        returning reference`.execute(db)
      if (rows.length === 0) await refusal(reference, 'amount_exceeds_captured')
    },

    /** Releases an authorization nothing was captured from, or abandons a pending challenge. */
    async void(reference: string): Promise<void> {
      const { rows } = await sql`
        update test_provider_charge set status = 'voided', updated_at = now()
        where reference = ${reference} and captured_amount = 0 and status in ('authorized', 'requires_action')
        returning reference`.execute(db)
      if (rows.length === 0) await refusal(reference, 'charge_already_captured')
    },

    /** The card holder's answer to a challenge; undefined when the charge is not waiting for one. */
    async settleChallenge(reference: string, approve: boolean): Promise<TestCharge | undefined> {
      const { rows } = await sql<TestCharge>`
        update test_provider_charge
        set status = ${approve ? 'authorized' : 'failed'},
            authorized_amount = ${approve ? sql`amount` : sql`0`},
            failure_reason = ${approve ? null : 'authentication_failed'},
            updated_at = now()
        where reference = ${reference} and status = 'requires_action'
        returning *`.execute(db)
      return rows[0]
    },
  }
}

export type TestLedger = ReturnType<typeof createTestLedger>
