/**
 * The parts of Stripe's objects the provider reads (API version STRIPE_API_VERSION). Everything
 * else Stripe sends is ignored, so fields Stripe adds later change nothing here.
 */

export type PaymentIntentStatus =
  'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'requires_capture' | 'canceled' | 'succeeded'

export interface StripeCard {
  brand: string
  last4: string
  exp_month: number
  exp_year: number
}

export interface PaymentIntent {
  id: string
  object: 'payment_intent'
  status: PaymentIntentStatus
  amount: number
  amount_capturable?: number
  currency: string
  metadata?: Record<string, string>
  latest_charge?: string | { id: string } | null
  /** An id, or the object when the request asked to expand it. */
  payment_method?: string | { id: string; card?: StripeCard | null } | null
  next_action?: { type: string; redirect_to_url?: { url: string; return_url?: string } | null } | null
  last_payment_error?: StripeError | null
  cancellation_reason?: string | null
}

export interface Refund {
  id: string
  object: 'refund'
  status: 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled'
  amount: number
  failure_reason?: string | null
}

/** The `error` member of a failed request's body, and a PaymentIntent's `last_payment_error`. */
export interface StripeError {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error' | string
  code?: string
  decline_code?: string
  message?: string
  param?: string
  payment_intent?: PaymentIntent
}

/** A webhook event; `data.object` is the object the event is about, as it was then. */
export interface StripeEvent {
  id: string
  object: 'event'
  type: string
  created: number
  livemode: boolean
  data: { object: Record<string, unknown> }
}
