import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { PAYMENT_COMPLETED, PAYMENT_FAILED, type PaymentCompletedV1, type PaymentFailedV1 } from './events.js'
import type { PaymentRow } from './repo.js'
import type { PaymentChange, PaymentView } from './schemas.js'
import { paymentView } from './views.js'

/** Called inside the transaction that records a payment change; throwing undoes the change. */
export type PaymentListener = (tx: Db, payment: PaymentView, change: PaymentChange) => Promise<void>

/**
 * Tells the rest of the shop about payment changes, in the transaction that made them: the
 * synchronous listeners (orders move their payment status) and the outbox events commit with
 * the change or not at all.
 */
export function createChangeFeed(deps: { outbox: Outbox }) {
  const listeners: PaymentListener[] = []

  return {
    onChange(listener: PaymentListener): void {
      listeners.push(listener)
    },

    async announce(tx: Db, row: PaymentRow, change: PaymentChange): Promise<PaymentView> {
      const payment = paymentView(row)
      const common = { paymentId: payment.id, orderId: payment.orderId, amount: payment.amount, currency: payment.currency }
      if (change.kind === 'authorized')
        await deps.outbox.emit<PaymentCompletedV1>(tx, PAYMENT_COMPLETED, { ...common, status: 'authorized' })
      if (change.kind === 'failed')
        await deps.outbox.emit<PaymentFailedV1>(tx, PAYMENT_FAILED, {
          ...common,
          status: 'failed',
          failureReason: payment.failureReason ?? 'unknown',
        })
      for (const listener of listeners) await listener(tx, payment, change)
      return payment
    },
  }
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>
