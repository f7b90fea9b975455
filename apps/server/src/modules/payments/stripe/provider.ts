import { ProviderRefusal, type PaymentProvider } from '../provider.js'
import { createStripeClient, type StripeAnswer } from './client.js'
import type { PaymentIntent, Refund } from './objects.js'
import { declinedOutcome, isCardProblem, outcomeOf } from './outcome.js'
import { verifyStripeWebhook } from './webhook.js'

/** The name the Stripe provider is registered under (and its webhook path: /store/payments/webhooks/stripe). */
export const STRIPE_PROVIDER = 'stripe'

/** A PaymentMethod id as Stripe.js makes it (`pm_…`); test mode also takes named ones such as `pm_card_visa`. */
export const PAYMENT_METHOD_ID = /^pm_[A-Za-z0-9_]{1,200}$/

/** The answer, or the refusal a capture, void or refund got: Stripe said no (4xx), as opposed to being unavailable. */
function answered<T>(answer: StripeAnswer<T>): T {
  if (answer.ok) return answer.body
  throw new ProviderRefusal(answer.error.code ?? answer.error.decline_code ?? answer.error.type)
}

const chargeOf = (intent: PaymentIntent) =>
  typeof intent.latest_charge === 'string' ? intent.latest_charge : (intent.latest_charge?.id ?? intent.id)

/**
 * Card payments through Stripe. The storefront tokenizes the card with Stripe.js and checkout
 * passes the PaymentMethod id on; authorization confirms a PaymentIntent with manual capture, so
 * the money is held until staff capture it, as with any provider behind the port.
 */
export function createStripeProvider(deps: {
  secretKey: string
  webhookSecret: string
  /** Where Stripe sends the shopper back after a 3-D Secure challenge. */
  returnUrl: (paymentId: string) => string
  fetch?: typeof globalThis.fetch
  retryDelayMs?: number
}): PaymentProvider {
  const stripe = createStripeClient({
    secretKey: deps.secretKey,
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.retryDelayMs !== undefined && { retryDelayMs: deps.retryDelayMs }),
  })

  return {
    tokens: { from: 'storefront', pattern: PAYMENT_METHOD_ID },

    async authorize(request) {
      if (!request.providerToken) throw new Error(`payment ${request.paymentId} has no Stripe PaymentMethod to authorize with`)
      const answer = await stripe.post<PaymentIntent>(
        '/payment_intents',
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          payment_method: request.providerToken,
          payment_method_types: ['card'],
          confirm: true,
          capture_method: 'manual',
          return_url: deps.returnUrl(request.paymentId),
          metadata: { payment_id: request.paymentId },
          expand: ['payment_method'],
        },
        // Keyed by the payment, not the attempt: an authorization asked again (after an answer
        // that could not be recorded) gets Stripe's first answer back, not a second hold on the card.
        `authorize-${request.paymentId}`,
      )
      if (answer.ok) return outcomeOf(answer.body)
      if (isCardProblem(answer.error)) return declinedOutcome(answer.error)
      throw new Error(`Stripe refused to create the PaymentIntent (${answer.status} ${answer.error.code ?? answer.error.type})`)
    },

    async capture(request) {
      const intent = answered(
        await stripe.post<PaymentIntent>(
          `/payment_intents/${encodeURIComponent(request.reference)}/capture`,
          { amount_to_capture: request.amount },
          `capture-${request.idempotencyKey}`,
        ),
      )
      return { reference: chargeOf(intent) }
    },

    async void(request) {
      const intent = answered(
        await stripe.post<PaymentIntent>(
          `/payment_intents/${encodeURIComponent(request.reference)}/cancel`,
          {},
          `void-${request.idempotencyKey}`,
        ),
      )
      return { reference: intent.id }
    },

    async refund(request) {
      const refund = answered(
        await stripe.post<Refund>(
          '/refunds',
          { payment_intent: request.reference, amount: request.amount },
          `refund-${request.idempotencyKey}`,
        ),
      )
      if (refund.status === 'failed' || refund.status === 'canceled') throw new ProviderRefusal(`refund_${refund.status}`)
      return { reference: refund.id }
    },

    async verifyWebhook(rawBody, headers) {
      return verifyStripeWebhook(deps.webhookSecret, rawBody, headers)
    },
  }
}
