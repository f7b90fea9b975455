import { signatureHeader } from '../src/modules/payments/webhook-signature.js'
import type { PaymentIntent, StripeError, StripeEvent } from '../src/modules/payments/stripe/objects.js'

/** One request the provider sent, as Stripe would have read it. */
export interface StripeCall {
  path: string
  headers: Record<string, string>
  form: Record<string, string>
}

interface Answer {
  status: number
  body: unknown
}

type FakeIntent = PaymentIntent & { amount_received: number; amount_refunded: number; payment_method: string }

/** Stripe's test PaymentMethods (docs.stripe.com/testing) and what this fake does with each. */
const DECLINES: Record<string, Pick<StripeError, 'code' | 'decline_code'>> = {
  pm_card_chargeDeclined: { code: 'card_declined', decline_code: 'generic_decline' },
  pm_card_chargeDeclinedInsufficientFunds: { code: 'card_declined', decline_code: 'insufficient_funds' },
  pm_card_chargeDeclinedExpiredCard: { code: 'expired_card', decline_code: 'expired_card' },
  pm_card_chargeDeclinedIncorrectCvc: { code: 'incorrect_cvc', decline_code: 'incorrect_cvc' },
  pm_card_chargeDeclinedFraudulent: { code: 'card_declined', decline_code: 'fraudulent' },
}
const CHALLENGED = new Set(['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required'])
const CARDS: Record<string, { brand: string; last4: string }> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_amex: { brand: 'amex', last4: '8431' },
}

const CANCELABLE = new Set(['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action'])
const EXP_YEAR = new Date().getUTCFullYear() + 3

const invalid = (status: number, code: string, param?: string): Answer => ({
  status,
  body: { error: { type: 'invalid_request_error', code, message: `fake Stripe: ${code}`, ...(param && { param }) } },
})

/**
 * Stripe's API as the provider uses it, answered in-process through an injected fetch: it keeps
 * its own PaymentIntents, replays the first answer to a repeated Idempotency-Key (as Stripe does
 * for 24 hours), and can be told to fail or lose its next answers. Every call is recorded.
 */
export function createFakeStripe() {
  const calls: StripeCall[] = []
  const intents = new Map<string, FakeIntent>()
  const answersByKey = new Map<string, Answer>()
  const trouble: ('network' | 'lose-answer' | number)[] = []
  let counter = 0
  const newId = (prefix: string) => `${prefix}_fake${String(++counter).padStart(8, '0')}`

  const view = (intent: FakeIntent, expand: boolean) => {
    const card = CARDS[intent.payment_method] ?? { brand: 'visa', last4: '4242' }
    return {
      ...intent,
      payment_method: expand ? { id: intent.payment_method, card: { ...card, exp_month: 12, exp_year: EXP_YEAR } } : intent.payment_method,
    }
  }

  function createIntent(form: Record<string, string>): Answer {
    const paymentMethod = form.payment_method ?? ''
    if (!paymentMethod.startsWith('pm_card_')) return invalid(400, 'resource_missing', 'payment_method')
    if (form.confirm !== 'true' || form.capture_method !== 'manual') return invalid(400, 'parameter_invalid_empty')
    const intent: FakeIntent = {
      id: newId('pi'),
      object: 'payment_intent',
      status: 'requires_capture',
      amount: Number(form.amount),
      amount_capturable: 0,
      amount_received: 0,
      amount_refunded: 0,
      currency: form.currency ?? '',
      metadata: { payment_id: form['metadata[payment_id]'] ?? '' },
      payment_method: paymentMethod,
      latest_charge: null,
      next_action: null,
      last_payment_error: null,
    }
    intents.set(intent.id, intent)
    const decline = DECLINES[paymentMethod]
    if (decline) {
      intent.status = 'requires_payment_method'
      intent.last_payment_error = { type: 'card_error', ...decline }
      return {
        status: 402,
        body: { error: { type: 'card_error', ...decline, message: 'Your card was declined.', payment_intent: intent } },
      }
    }
    if (CHALLENGED.has(paymentMethod)) {
      intent.status = 'requires_action'
      intent.next_action = {
        type: 'redirect_to_url',
        redirect_to_url: {
          url: `https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=${intent.id}`,
          return_url: form.return_url ?? '',
        },
      }
    } else intent.amount_capturable = intent.amount
    return { status: 200, body: view(intent, form['expand[0]'] === 'payment_method') }
  }

  function onIntent(id: string, action: string, form: Record<string, string>): Answer {
    const intent = intents.get(id)
    if (!intent) return invalid(404, 'resource_missing', 'intent')
    if (action === 'capture') {
      if (intent.status !== 'requires_capture') return invalid(400, 'payment_intent_unexpected_state')
      const amount = form.amount_to_capture === undefined ? intent.amount_capturable! : Number(form.amount_to_capture)
      if (amount > intent.amount_capturable!) return invalid(400, 'amount_too_large', 'amount_to_capture')
      // Without multicapture, Stripe releases whatever a partial capture leaves.
      Object.assign(intent, { status: 'succeeded', amount_received: amount, amount_capturable: 0, latest_charge: newId('ch') })
      return { status: 200, body: view(intent, false) }
    }
    if (action === 'cancel') {
      if (!CANCELABLE.has(intent.status)) return invalid(400, 'payment_intent_unexpected_state')
      Object.assign(intent, { status: 'canceled', amount_capturable: 0, next_action: null, cancellation_reason: 'requested_by_customer' })
      return { status: 200, body: view(intent, false) }
    }
    return invalid(404, 'resource_missing')
  }

  function refund(form: Record<string, string>): Answer {
    const intent = intents.get(form.payment_intent ?? '')
    if (!intent) return invalid(404, 'resource_missing', 'payment_intent')
    const amount = Number(form.amount)
    if (intent.status !== 'succeeded') return invalid(400, 'charge_not_captured')
    if (intent.amount_refunded + amount > intent.amount_received) return invalid(400, 'amount_too_large', 'amount')
    intent.amount_refunded += amount
    return { status: 200, body: { id: newId('re'), object: 'refund', status: 'succeeded', amount, payment_intent: intent.id } }
  }

  function answer(path: string, form: Record<string, string>): Answer {
    if (path === '/v1/payment_intents') return createIntent(form)
    if (path === '/v1/refunds') return refund(form)
    const match = /^\/v1\/payment_intents\/([^/]+)\/(capture|cancel)$/.exec(path)
    if (match) return onIntent(decodeURIComponent(match[1]!), match[2]!, form)
    return invalid(404, 'resource_missing')
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const form = Object.fromEntries(new URLSearchParams(typeof init?.body === 'string' ? init.body : ''))
    calls.push({ path: url.pathname, headers, form })
    const next = trouble.shift()
    if (next === 'network') throw new TypeError('fetch failed')
    if (typeof next === 'number') return Response.json({ error: { type: 'api_error', message: 'fake outage' } }, { status: next })
    const key = headers['idempotency-key']
    const replay = key === undefined ? undefined : answersByKey.get(key)
    const result = replay ?? answer(url.pathname, form)
    if (key !== undefined && !replay) answersByKey.set(key, result)
    if (next === 'lose-answer') throw new TypeError('fetch failed: the connection closed before the answer arrived')
    return Response.json(result.body, { status: result.status, headers: replay ? { 'idempotent-replayed': 'true' } : {} })
  }

  /** An event about an intent, with the intent as it is now. */
  function event(type: string, intentId: string): StripeEvent {
    const intent = intents.get(intentId)
    if (!intent) throw new Error(`no intent ${intentId}`)
    return {
      id: newId('evt'),
      object: 'event',
      type,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: JSON.parse(JSON.stringify(view(intent, false))) as Record<string, unknown> },
    }
  }

  return {
    fetch,
    calls,
    intents,
    /** The requests to one endpoint, oldest first. */
    callsTo: (pattern: RegExp) => calls.filter((call) => pattern.test(call.path)),
    /** The next answers: a network error, an answer lost after Stripe acted, or an HTTP status. */
    trouble: (...next: ('network' | 'lose-answer' | number)[]) => trouble.push(...next),
    event,

    /** The card holder passes or fails the 3-D Secure challenge; returns the event Stripe sends about it. */
    completeChallenge(intentId: string, approve: boolean): StripeEvent {
      const intent = intents.get(intentId)
      if (intent?.status !== 'requires_action') throw new Error(`intent ${intentId} is not waiting for a challenge`)
      intent.next_action = null
      if (approve) {
        Object.assign(intent, { status: 'requires_capture', amount_capturable: intent.amount })
        return event('payment_intent.amount_capturable_updated', intentId)
      }
      Object.assign(intent, {
        status: 'requires_payment_method',
        last_payment_error: { type: 'invalid_request_error', code: 'payment_intent_authentication_failure' },
      })
      return event('payment_intent.payment_failed', intentId)
    },
  }
}

export type FakeStripe = ReturnType<typeof createFakeStripe>

/**
 * A delivery as Stripe makes it: the exact body and its Stripe-Signature. Test-mode deliveries
 * carry a v0 signature too, made with another key, which a receiver must ignore.
 */
export function stripeDelivery(secret: string, event: unknown, nowSeconds?: number) {
  const rawBody = JSON.stringify(event)
  const signature = `${signatureHeader(secret, rawBody, nowSeconds)},v0=${'0f'.repeat(32)}`
  return { rawBody, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature } }
}
