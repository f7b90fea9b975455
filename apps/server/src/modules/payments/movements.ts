import type { Db } from '../../platform/db/database.js'
import { Problem, notFound } from '../../problems.js'
import { captureRefusal, capturable, checkAmount, refundRefusal, settledStatus, voidRefusal } from './amounts.js'
import type { PaymentContext } from './context.js'
import { ProviderRefusal, type PaymentProvider } from './provider.js'
import type { PaymentRow } from './repo.js'
import type { PaymentChange, PaymentStatus, PaymentView } from './schemas.js'

type Kind = 'capture' | 'void' | 'refund'

interface Movement {
  kind: Kind
  paymentId: string
  actor: string
  reason?: string
  /** Takes the hold (or throws why not) inside the first transaction; returns the held amount. */
  hold(tx: Db): Promise<{ row: PaymentRow; amount: number }>
  /** Asks the provider; undefined when there is nothing to ask (a void before any authorization). */
  call(provider: PaymentProvider, row: PaymentRow, amount: number, idempotencyKey: string): Promise<{ reference: string } | undefined>
  /** Turns the hold into the result (succeeded) or gives it back (failed); returns the row before its status moves. */
  settle(tx: Db, amount: number, succeeded: boolean): Promise<PaymentRow>
  /** The status after success, from the settled row. */
  statusAfter(row: PaymentRow): PaymentStatus
}

const CHANGE_KIND: Record<Kind, PaymentChange['kind']> = { capture: 'captured', void: 'voided', refund: 'refunded' }
const PAST: Record<Kind, string> = { capture: 'captured', void: 'voided', refund: 'refunded' }

/**
 * Captures, voids and refunds, each in three steps: a transaction takes a hold guarded by a
 * conditional UPDATE (the limit is checked against the locked row, so racing operations cannot
 * together pass it); the provider is called with no transaction open; a second transaction turns
 * the hold into the result, or gives it back if the provider said no.
 */
export function createMovements(ctx: PaymentContext) {
  const { repo, feed } = ctx

  /** The refusal for a hold that was not granted, or 404 when there is no such payment. */
  async function refusal(tx: Db, paymentId: string, explain: (row: PaymentRow) => Problem): Promise<never> {
    const row = await repo.findPayment(paymentId, tx)
    if (!row) throw notFound('payment', paymentId)
    throw explain(row)
  }

  async function run(movement: Movement): Promise<PaymentView> {
    const { kind, paymentId, actor } = movement
    const held = await repo.db.transaction().execute(async (tx) => {
      const { row, amount } = await movement.hold(tx)
      const txnId = await repo.openTransaction(
        { paymentId, kind, amount, actor, ...(movement.reason !== undefined && { reason: movement.reason }) },
        tx,
      )
      return { row, amount, txnId }
    })

    let reference: string | null = null
    try {
      reference = (await movement.call(ctx.provider(held.row.provider), held.row, held.amount, held.txnId))?.reference ?? null
    } catch (error) {
      const code = error instanceof ProviderRefusal ? error.code : 'provider_unavailable'
      if (!(error instanceof ProviderRefusal)) ctx.log.error({ err: error, paymentId, kind }, 'payment provider call failed')
      await repo.db.transaction().execute(async (tx) => {
        await movement.settle(tx, held.amount, false)
        await repo.completeTransaction(held.txnId, { status: 'failed', failure_reason: code }, tx)
      })
      throw new Problem({
        type: 'payment-provider-error',
        detail: `The payment provider did not ${kind} (${code}); nothing was ${PAST[kind]}`,
      })
    }

    // Should this fail, the hold stays and the transaction stays pending: the provider moved the
    // money, so the limit must keep counting it until the two are reconciled.
    return repo.db.transaction().execute(async (tx) => {
      const settled = await movement.settle(tx, held.amount, true)
      const from = settled.status
      const to = movement.statusAfter(settled)
      const row = to === from ? settled : await repo.updatePayment(paymentId, { status: to }, tx)
      await repo.completeTransaction(held.txnId, { status: 'succeeded', provider_reference: reference }, tx)
      return feed.announce(tx, row, {
        kind: CHANGE_KIND[kind],
        from,
        to,
        amount: held.amount,
        actor,
        ...(movement.reason !== undefined && { reason: movement.reason }),
      })
    })
  }

  return {
    /** Captures `amount`, or all that is left of the authorization when it is undefined. Several partial captures are allowed. */
    async capture(paymentId: string, amount: number | undefined, actor: string): Promise<PaymentView> {
      if (amount !== undefined) checkAmount(amount)
      return run({
        kind: 'capture',
        paymentId,
        actor,
        async hold(tx) {
          let wanted = amount
          if (wanted === undefined) {
            // Locked, so "the rest" is still the rest when the hold is taken.
            const current = await repo.findPayment(paymentId, tx, { forUpdate: true })
            if (!current) throw notFound('payment', paymentId)
            wanted = capturable(current)
          }
          const row = wanted > 0 ? await repo.holdCapture(paymentId, wanted, tx) : undefined
          if (!row) return refusal(tx, paymentId, (current) => captureRefusal(current, amount))
          return { row, amount: wanted }
        },
        call: (provider, row, held, idempotencyKey) =>
          provider.capture({ reference: row.provider_reference!, amount: held, currency: row.currency, idempotencyKey }),
        settle: (tx, held, succeeded) => repo.settleCapture(paymentId, held, succeeded, tx).then((row) => row!),
        statusAfter: settledStatus,
      })
    },

    /** Releases the authorization; only while nothing is captured (after that, refund). */
    async voidPayment(paymentId: string, actor: string): Promise<PaymentView> {
      return run({
        kind: 'void',
        paymentId,
        actor,
        async hold(tx) {
          const row = await repo.holdVoid(paymentId, tx)
          if (!row) return refusal(tx, paymentId, voidRefusal)
          return { row, amount: row.authorized_amount }
        },
        call: async (provider, row, _amount, idempotencyKey) =>
          row.provider_reference ? provider.void({ reference: row.provider_reference, idempotencyKey }) : undefined,
        settle: (tx, _amount, succeeded) =>
          repo.updatePayment(paymentId, { in_flight: null, ...(succeeded && { next_action_url: null }) }, tx),
        statusAfter: () => 'voided',
      })
    },

    /** Refunds part or all of what was captured, never more than captured less already refunded. */
    async refund(paymentId: string, amount: number, reason: string, actor: string): Promise<PaymentView> {
      checkAmount(amount)
      return run({
        kind: 'refund',
        paymentId,
        actor,
        reason,
        async hold(tx) {
          const row = await repo.holdRefund(paymentId, amount, tx)
          if (!row) return refusal(tx, paymentId, (current) => refundRefusal(current, amount))
          return { row, amount }
        },
        call: (provider, row, held, idempotencyKey) =>
          provider.refund({ reference: row.provider_reference!, amount: held, currency: row.currency, idempotencyKey }),
        settle: (tx, held, succeeded) => repo.settleRefund(paymentId, held, succeeded, tx).then((row) => row!),
        statusAfter: settledStatus,
      })
    },
  }
}

export type Movements = ReturnType<typeof createMovements>
