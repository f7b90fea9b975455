import { Problem } from '../../../problems.js'
import type { ProviderEvent, WebhookHeaders } from '../provider.js'
import { verifySignature, type SignatureCheck } from '../webhook-signature.js'
import { failureReasonOf } from './failure-reasons.js'
import type { PaymentIntent, StripeEvent } from './objects.js'

export const STRIPE_SIGNATURE_HEADER = 'stripe-signature'

const SIGNATURE_PROBLEMS: Record<Exclude<SignatureCheck, { ok: true }>['reason'], string> = {
  missing: 'The Stripe-Signature header is missing',
  malformed: 'The Stripe-Signature header is malformed',
  timestamp: 'The Stripe-Signature timestamp is too far from now',
  mismatch: 'The Stripe-Signature does not match the body',
}

/**
 * Checks a Stripe webhook and returns the event it carries. Stripe signs as the shop's own scheme
 * does (webhook-signature.ts): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed
 * with the endpoint's signing secret, one v1 per active secret while a secret is rolled, and other
 * schemes (v0) to be ignored; the timestamp must be within 300 seconds of now.
 */
export function verifyStripeWebhook(secret: string, rawBody: string, headers: WebhookHeaders, nowSeconds?: number): ProviderEvent {
  const check = verifySignature(secret, rawBody, headers[STRIPE_SIGNATURE_HEADER], nowSeconds)
  if (!check.ok) throw new Problem({ type: 'invalid-signature', detail: SIGNATURE_PROBLEMS[check.reason] })
  return eventOf(parseEvent(rawBody))
}

/**
 * What a Stripe event means for a payment, as far as the port can say it. Captures and refunds
 * are recorded from Stripe's answers to the shop's own calls, so `payment_intent.succeeded` and
 * `charge.refunded` change nothing (their ids are still recorded). A PaymentIntent canceled while
 * its challenge was waiting fails the payment; for any other payment the event is stale.
 */
export function eventOf(event: StripeEvent): ProviderEvent {
  const base = { id: event.id, type: event.type }
  const intent = event.data.object as Partial<PaymentIntent>
  if (intent.object !== 'payment_intent' || typeof intent.id !== 'string') return { ...base, kind: 'ignored' }
  const paymentId = intent.metadata?.payment_id
  const about = { reference: intent.id, ...(typeof paymentId === 'string' && { paymentId }) }
  switch (event.type) {
    case 'payment_intent.amount_capturable_updated':
      return intent.status === 'requires_capture' ? { ...base, kind: 'authorized', ...about } : { ...base, kind: 'ignored' }
    case 'payment_intent.payment_failed':
      return { ...base, kind: 'failed', ...about, failureReason: failureReasonOf(intent.last_payment_error) }
    case 'payment_intent.canceled':
      return { ...base, kind: 'failed', ...about, failureReason: 'canceled' }
    default:
      return { ...base, kind: 'ignored' }
  }
}

function parseEvent(rawBody: string): StripeEvent {
  let event: Partial<StripeEvent> | null
  try {
    event = JSON.parse(rawBody) as Partial<StripeEvent> | null
  } catch {
    event = null
  }
  const valid =
    !!event &&
    typeof event.id === 'string' &&
    event.id.length > 0 &&
    event.id.length <= 200 &&
    typeof event.type === 'string' &&
    typeof event.data?.object === 'object' &&
    event.data.object !== null
  if (!valid) throw new Problem({ type: 'bad-request', detail: 'The webhook body is not a Stripe event' })
  return event as StripeEvent
}
