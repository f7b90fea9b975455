import { type Problem, conflict, invalid } from '../../problems.js'
import type { PaymentStatus } from './schemas.js'

/** The amounts of a payment as stored, with the holds of operations waiting for the provider. */
export interface PaymentAmounts {
  status: PaymentStatus
  authorized_amount: number
  captured_amount: number
  refunded_amount: number
  capture_pending: number
  refund_pending: number
  in_flight: 'authorize' | 'void' | null
}

export const CAPTURABLE: readonly PaymentStatus[] = ['authorized', 'partially_captured']
export const REFUNDABLE: readonly PaymentStatus[] = ['partially_captured', 'captured', 'partially_refunded']
/** Only while nothing is captured; a pending payment is voided without asking the provider. */
export const VOIDABLE: readonly PaymentStatus[] = ['pending', 'requires_action', 'authorized']

/** An amount is a positive whole number of minor units; anything else is refused before a hold is taken. */
export function checkAmount(amount: number, pointer = '/body/amount'): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw invalid(pointer, 'must be a positive whole number of minor units')
}

/** What may still be captured: authorized, less captured and less captures waiting for the provider. */
export const capturable = (p: PaymentAmounts) => p.authorized_amount - p.captured_amount - p.capture_pending

/** What may still be refunded: captured, less refunded and less refunds waiting for the provider. */
export const refundable = (p: PaymentAmounts) => p.captured_amount - p.refunded_amount - p.refund_pending

/**
 * The status once money moved: refunds take precedence (a partly refunded payment takes no more
 * captures), then how much of the authorization was captured.
 */
export function settledStatus(p: Pick<PaymentAmounts, 'authorized_amount' | 'captured_amount' | 'refunded_amount'>): PaymentStatus {
  if (p.refunded_amount > 0) return p.refunded_amount >= p.captured_amount ? 'refunded' : 'partially_refunded'
  return p.captured_amount >= p.authorized_amount ? 'captured' : 'partially_captured'
}

const busy = (p: PaymentAmounts) => (p.in_flight === 'void' ? 'being voided' : 'being authorized')

/** Why a capture hold was not granted: the state forbids it (409) or the amount is too large (422). */
export function captureRefusal(p: PaymentAmounts, amount: number | undefined): Problem {
  if (!CAPTURABLE.includes(p.status)) return conflict(`A payment that is ${p.status} cannot be captured`)
  if (p.in_flight) return conflict(`The payment is ${busy(p)}`)
  const left = capturable(p)
  if (left <= 0) return conflict('Nothing is left to capture')
  return invalid('/body/amount', `at most ${left} can be captured${amount === undefined ? '' : ` (asked for ${amount})`}`)
}

/** Why a refund hold was not granted. */
export function refundRefusal(p: PaymentAmounts, amount: number): Problem {
  if (!REFUNDABLE.includes(p.status)) return conflict(`A payment that is ${p.status} cannot be refunded`)
  const left = refundable(p)
  if (left <= 0) return conflict('Nothing is left to refund')
  return invalid('/body/amount', `at most ${left} can be refunded (asked for ${amount})`)
}

/** Why a void was not allowed. */
export function voidRefusal(p: PaymentAmounts): Problem {
  if (p.captured_amount > 0 || p.capture_pending > 0) return conflict('A payment with captured money cannot be voided; refund it instead')
  if (!VOIDABLE.includes(p.status)) return conflict(`A payment that is ${p.status} cannot be voided`)
  return conflict(`The payment is ${busy(p)}`)
}
