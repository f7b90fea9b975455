import { sql, type Insertable, type RawBuilder, type Selectable, type Updateable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import type { PaymentTables } from './tables.js'
import { CAPTURABLE, REFUNDABLE, VOIDABLE } from './amounts.js'

export type PaymentRow = Selectable<PaymentTables['payment']>
export type TransactionRow = Selectable<PaymentTables['payment_transaction']>

/**
 * The payments SQL. The `hold*` statements are the amount guards: one conditional UPDATE each,
 * which PostgreSQL re-checks on the row it locks, so of two racing operations that together
 * pass a limit only one gets its hold. They return nothing when the guard says no.
 */
export function createPaymentRepo(db: Db) {
  const hold = async (query: RawBuilder<PaymentRow>, tx: Db) => (await query.execute(tx)).rows[0]

  return {
    db,
    insertPayment: (row: Insertable<PaymentTables['payment']>, tx: Db = db) =>
      tx.insertInto('payment').values(row).returningAll().executeTakeFirstOrThrow(),

    findPayment: (id: string, tx: Db = db, options: { forUpdate?: boolean } = {}) =>
      tx
        .selectFrom('payment')
        .selectAll()
        .where('id', '=', id)
        .$if(!!options.forUpdate, (q) => q.forUpdate())
        .executeTakeFirst(),

    findByReference: (provider: string, reference: string, tx: Db = db) =>
      tx
        .selectFrom('payment')
        .selectAll()
        .where('provider', '=', provider)
        .where('provider_reference', '=', reference)
        .forUpdate()
        .executeTakeFirst(),

    listForOrder: (orderId: string, tx: Db = db) =>
      tx.selectFrom('payment').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').limit(100).execute(),

    updatePayment: (id: string, patch: Updateable<PaymentTables['payment']>, tx: Db = db) =>
      tx
        .updateTable('payment')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    holdAuthorization: (id: string, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set in_flight = 'authorize', updated_at = now()
          where id = ${id} and status = 'pending' and in_flight is null returning *`,
        tx,
      ),

    holdCapture: (id: string, amount: number, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set capture_pending = capture_pending + ${amount}, updated_at = now()
          where id = ${id} and status in (${sql.join(CAPTURABLE)}) and in_flight is null
            and captured_amount + capture_pending + ${amount} <= authorized_amount
          returning *`,
        tx,
      ),

    holdRefund: (id: string, amount: number, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set refund_pending = refund_pending + ${amount}, updated_at = now()
          where id = ${id} and status in (${sql.join(REFUNDABLE)})
            and refunded_amount + refund_pending + ${amount} <= captured_amount
          returning *`,
        tx,
      ),

    holdVoid: (id: string, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set in_flight = 'void', updated_at = now()
          where id = ${id} and status in (${sql.join(VOIDABLE)}) and in_flight is null
            and captured_amount = 0 and capture_pending = 0
          returning *`,
        tx,
      ),

    /** Turns a capture hold into captured money (succeeded) or gives it back (failed). */
    settleCapture: (id: string, amount: number, succeeded: boolean, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set capture_pending = capture_pending - ${amount},
            captured_amount = captured_amount + ${succeeded ? amount : 0}, updated_at = now()
          where id = ${id} returning *`,
        tx,
      ),

    settleRefund: (id: string, amount: number, succeeded: boolean, tx: Db) =>
      hold(
        sql<PaymentRow>`update payment set refund_pending = refund_pending - ${amount},
            refunded_amount = refunded_amount + ${succeeded ? amount : 0}, updated_at = now()
          where id = ${id} returning *`,
        tx,
      ),

    /** Records an operation as it starts (pending); returns its id, which is also the provider's idempotency key. */
    async openTransaction(
      input: { paymentId: string; kind: TransactionRow['kind']; amount: number; actor: string; reason?: string },
      tx: Db,
    ): Promise<string> {
      const id = newId('ptx')
      await tx
        .insertInto('payment_transaction')
        .values({
          id,
          payment_id: input.paymentId,
          kind: input.kind,
          amount: input.amount,
          status: 'pending',
          actor: input.actor,
          reason: input.reason ?? null,
          provider_reference: null,
          failure_reason: null,
        })
        .execute()
      return id
    },

    completeTransaction: (
      id: string,
      patch: Pick<Updateable<PaymentTables['payment_transaction']>, 'status' | 'provider_reference' | 'failure_reason'>,
      tx: Db = db,
    ) =>
      tx
        .updateTable('payment_transaction')
        .set({ ...patch, completed_at: new Date() })
        .where('id', '=', id)
        .execute(),

    /** The authorization waiting for a challenge, which a provider's webhook completes. */
    findChallengedAuthorization: (paymentId: string, tx: Db) =>
      tx
        .selectFrom('payment_transaction')
        .select('id')
        .where('payment_id', '=', paymentId)
        .where('kind', '=', 'authorize')
        .where('status', '=', 'requires_action')
        .executeTakeFirst(),

    listTransactions: (paymentId: string, tx: Db = db) =>
      tx
        .selectFrom('payment_transaction')
        .selectAll()
        .where('payment_id', '=', paymentId)
        .orderBy('created_at')
        .orderBy('id')
        .limit(1000)
        .execute(),

    /** The operations on the payments of these orders that carry a free-text reason. */
    reasonsOfOrders: (orderIds: string[], tx: Db) =>
      tx
        .selectFrom('payment_transaction')
        .innerJoin('payment', 'payment.id', 'payment_transaction.payment_id')
        .select(['payment_transaction.id', 'payment_transaction.reason'])
        .where('payment.order_id', 'in', orderIds)
        .where('payment_transaction.reason', 'is not', null)
        .execute(),

    setTransactionReason: (id: string, reason: string, tx: Db) =>
      tx.updateTable('payment_transaction').set({ reason }).where('id', '=', id).execute(),

    /** True the first time a provider's event id is seen; false for a replay. */
    recordWebhookEvent: async (provider: string, eventId: string, type: string, tx: Db) =>
      (await tx
        .insertInto('payment_webhook_event')
        .values({ provider, event_id: eventId, type })
        .onConflict((oc) => oc.doNothing())
        .returning('event_id')
        .executeTakeFirst()) !== undefined,
  }
}

export type PaymentRepo = ReturnType<typeof createPaymentRepo>
