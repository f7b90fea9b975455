import type { StripeError } from './objects.js'

/**
 * Our failure reasons (payment.failure_reason, docs/payments.md) for Stripe's decline codes and
 * error codes. Lost, stolen and fraudulent cards are not named: Stripe advises showing those as
 * a plain decline, so whoever holds the card learns nothing from the checkout.
 */
const REASONS: Readonly<Record<string, string>> = {
  insufficient_funds: 'insufficient_funds',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_cvc',
  invalid_cvc: 'incorrect_cvc',
  incorrect_number: 'incorrect_number',
  invalid_number: 'incorrect_number',
  invalid_expiry_month: 'invalid_expiry',
  invalid_expiry_year: 'invalid_expiry',
  authentication_required: 'authentication_failed',
  payment_intent_authentication_failure: 'authentication_failed',
  processing_error: 'processing_error',
  issuer_not_available: 'processing_error',
  try_again_later: 'processing_error',
  reenter_transaction: 'processing_error',
}

/** The decline code is the more precise of the two (code `card_declined`, decline code `insufficient_funds`). */
export function failureReasonOf(error: Pick<StripeError, 'code' | 'decline_code'> | null | undefined): string {
  return REASONS[error?.decline_code ?? ''] ?? REASONS[error?.code ?? ''] ?? 'card_declined'
}
