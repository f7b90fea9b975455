import type { Db } from '../../platform/db/database.js'

/**
 * What orders need from the payments module, described here so orders depend on a shape, not on
 * the payments code. The payments service satisfies it as is.
 */
export interface PaymentSnapshot {
  id: string
  orderId: string
  provider: string
  status: string
  amount: number
  currency: string
  authorizedAmount: number
  capturedAmount: number
  refundedAmount: number
  card: { brand: string; last4: string; expMonth: number; expYear: number } | null
  nextAction: { type: 'redirect'; url: string } | null
  failureReason: string | null
}

export interface PaymentChangeEvent {
  kind: 'authorized' | 'requires_action' | 'failed' | 'captured' | 'voided' | 'refunded'
  from: string
  to: string
  amount: number
  actor: string
  reason?: string
}

export interface OrderPayments {
  createPayment(tx: Db, input: { orderId: string; amount: number; currency: string; token: string }): Promise<PaymentSnapshot>
  authorize(paymentId: string): Promise<PaymentSnapshot>
  capture(paymentId: string, amount: number | undefined, actor: string): Promise<PaymentSnapshot>
  voidPayment(paymentId: string, actor: string): Promise<PaymentSnapshot>
  refund(paymentId: string, amount: number, reason: string, actor: string): Promise<PaymentSnapshot>
  listForOrder(orderId: string, tx?: Db): Promise<PaymentSnapshot[]>
  onChange(listener: (tx: Db, payment: PaymentSnapshot, change: PaymentChangeEvent) => Promise<void>): void
}
