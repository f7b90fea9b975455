import type { CardBrand, CardSummary } from '../card.js'
import type { AuthorizeOutcome } from '../provider.js'
import { failureReasonOf } from './failure-reasons.js'
import type { PaymentIntent, StripeError } from './objects.js'

const BRANDS: readonly CardBrand[] = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay']

/** The card summary of an intent whose payment method was expanded; nothing when it was not. */
export function cardOf(intent: PaymentIntent): CardSummary | undefined {
  const card = typeof intent.payment_method === 'object' ? intent.payment_method?.card : undefined
  if (!card) return undefined
  const brand = BRANDS.find((b) => b === card.brand) ?? 'unknown'
  return { brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year }
}

/**
 * What a confirmed, manually captured PaymentIntent says about the authorization. A status no card
 * authorization should answer with (succeeded, processing, requires_confirmation) is thrown: the
 * payment stays pending and the error is logged, rather than the shop guessing where the money is.
 */
export function outcomeOf(intent: PaymentIntent): AuthorizeOutcome {
  const card = cardOf(intent)
  const base = { reference: intent.id, ...(card && { card }) }
  switch (intent.status) {
    case 'requires_capture':
      return { status: 'authorized', ...base }
    case 'requires_action': {
      // With a return_url, a card challenge is a redirect; any other action the shopper could not be sent to.
      const url = intent.next_action?.redirect_to_url?.url
      if (url) return { status: 'requires_action', ...base, nextActionUrl: url }
      return { status: 'failed', ...base, failureReason: 'processing_error' }
    }
    case 'requires_payment_method':
      return { status: 'failed', ...base, failureReason: failureReasonOf(intent.last_payment_error) }
    case 'canceled':
      return { status: 'failed', ...base, failureReason: 'canceled' }
    default:
      throw new Error(`Stripe answered an authorization with a PaymentIntent that is ${intent.status} (${intent.id})`)
  }
}

/**
 * Whether an error answer to an authorization is about the card (a decline, a PaymentMethod Stripe
 * does not know or will not use again) rather than about the request or the shop's account.
 */
export function isCardProblem(error: StripeError): boolean {
  return error.type === 'card_error' || (error.type === 'invalid_request_error' && error.param === 'payment_method')
}

/** A declined authorization; Stripe names the PaymentIntent it created, when it created one. */
export function declinedOutcome(error: StripeError): AuthorizeOutcome {
  const failureReason = error.type === 'card_error' ? failureReasonOf(error) : 'invalid_payment_method'
  return { status: 'failed', reference: error.payment_intent?.id ?? null, failureReason }
}
