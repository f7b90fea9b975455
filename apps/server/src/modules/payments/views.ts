import type { PaymentRow, TransactionRow } from './repo.js'
import type { PaymentView } from './schemas.js'

export function paymentView(row: PaymentRow): PaymentView {
  const status = row.status
  return {
    id: row.id,
    orderId: row.order_id,
    provider: row.provider,
    status,
    amount: row.amount,
    currency: row.currency,
    authorizedAmount: row.authorized_amount,
    capturedAmount: row.captured_amount,
    refundedAmount: row.refunded_amount,
    card:
      row.card_brand && row.card_last4 && row.card_exp_month && row.card_exp_year
        ? { brand: row.card_brand, last4: row.card_last4, expMonth: row.card_exp_month, expYear: row.card_exp_year }
        : null,
    // A challenge link is only worth following while the payment waits for it.
    nextAction: status === 'requires_action' && row.next_action_url ? { type: 'redirect', url: row.next_action_url } : null,
    failureReason: row.failure_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export function transactionView(row: TransactionRow) {
  return {
    id: row.id,
    kind: row.kind,
    amount: row.amount,
    status: row.status,
    providerReference: row.provider_reference,
    failureReason: row.failure_reason,
    actor: row.actor,
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  }
}
