import { describe, expect, it } from 'vitest'
import { failureReasonOf } from './failure-reasons.js'
import type { PaymentIntent, PaymentIntentStatus } from './objects.js'
import { declinedOutcome, isCardProblem, outcomeOf } from './outcome.js'

const intent = (status: PaymentIntentStatus, extra: Partial<PaymentIntent> = {}): PaymentIntent => ({
  id: 'pi_1',
  object: 'payment_intent',
  status,
  amount: 3240,
  currency: 'usd',
  ...extra,
})
const CHALLENGE_URL = 'https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=pi_1'

describe('stripe authorization outcome: PaymentIntent statuses', () => {
  it('authorizes a requires_capture intent: the money is held until captured', () => {
    expect(outcomeOf(intent('requires_capture'))).toEqual({ status: 'authorized', reference: 'pi_1' })
  })

  it('sends the card holder to the challenge of a requires_action intent', () => {
    const challenged = intent('requires_action', {
      next_action: { type: 'redirect_to_url', redirect_to_url: { url: CHALLENGE_URL, return_url: 'https://shop.example/back' } },
    })
    expect(outcomeOf(challenged)).toEqual({ status: 'requires_action', reference: 'pi_1', nextActionUrl: CHALLENGE_URL })
  })

  it('fails a requires_action intent whose action is no redirect, which the shopper could not be sent to', () => {
    expect(outcomeOf(intent('requires_action', { next_action: { type: 'use_stripe_sdk' } }))).toEqual({
      status: 'failed',
      reference: 'pi_1',
      failureReason: 'processing_error',
    })
  })

  it('fails a requires_payment_method intent with the reason of its last error, and a canceled one', () => {
    const declined = intent('requires_payment_method', {
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
    })
    expect(outcomeOf(declined)).toEqual({ status: 'failed', reference: 'pi_1', failureReason: 'insufficient_funds' })
    expect(outcomeOf(intent('requires_payment_method'))).toMatchObject({ status: 'failed', failureReason: 'card_declined' })
    expect(outcomeOf(intent('canceled'))).toEqual({ status: 'failed', reference: 'pi_1', failureReason: 'canceled' })
  })

  it('refuses to guess on a status a manual-capture card authorization never answers', () => {
    for (const status of ['succeeded', 'processing', 'requires_confirmation'] as const)
      expect(() => outcomeOf(intent(status)), status).toThrow(new RegExp(`PaymentIntent that is ${status}`))
  })

  it('reports the card Stripe saw, from the expanded payment method', () => {
    const withCard = intent('requires_capture', {
      payment_method: { id: 'pm_1', card: { brand: 'mastercard', last4: '4444', exp_month: 12, exp_year: 2031 } },
    })
    expect(outcomeOf(withCard)).toEqual({
      status: 'authorized',
      reference: 'pi_1',
      card: { brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2031 },
    })
    const eftpos = intent('requires_capture', {
      payment_method: { id: 'pm_1', card: { brand: 'eftpos_au', last4: '0000', exp_month: 1, exp_year: 2030 } },
    })
    expect(outcomeOf(eftpos).card?.brand).toBe('unknown')
    expect(outcomeOf(intent('requires_capture', { payment_method: 'pm_1' })).card).toBeUndefined()
  })
})

describe('stripe authorization outcome: declines', () => {
  it.each([
    [{ code: 'card_declined', decline_code: 'generic_decline' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'do_not_honor' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficient_funds'],
    [{ code: 'expired_card', decline_code: 'expired_card' }, 'expired_card'],
    [{ code: 'expired_card' }, 'expired_card'],
    [{ code: 'incorrect_cvc', decline_code: 'incorrect_cvc' }, 'incorrect_cvc'],
    [{ code: 'invalid_cvc' }, 'incorrect_cvc'],
    [{ code: 'incorrect_number' }, 'incorrect_number'],
    [{ code: 'invalid_expiry_year' }, 'invalid_expiry'],
    [{ code: 'card_declined', decline_code: 'authentication_required' }, 'authentication_failed'],
    [{ code: 'payment_intent_authentication_failure' }, 'authentication_failed'],
    [{ code: 'processing_error' }, 'processing_error'],
    [{ code: 'card_declined', decline_code: 'try_again_later' }, 'processing_error'],
    [{ code: 'card_declined', decline_code: 'lost_card' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'stolen_card' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'fraudulent' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'some_code_stripe_adds_later' }, 'card_declined'],
    [{}, 'card_declined'],
  ])('maps %o to %s', (error, reason) => {
    expect(failureReasonOf(error)).toBe(reason)
  })

  it('fails a card error with its reason and the PaymentIntent Stripe created for it', () => {
    const error = {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      payment_intent: intent('requires_payment_method'),
    }
    expect(isCardProblem(error)).toBe(true)
    expect(declinedOutcome(error)).toEqual({ status: 'failed', reference: 'pi_1', failureReason: 'insufficient_funds' })
  })

  it('fails a PaymentMethod Stripe does not know or will not take again, and nothing else about the request', () => {
    const unknown = { type: 'invalid_request_error', code: 'resource_missing', param: 'payment_method' }
    expect(isCardProblem(unknown)).toBe(true)
    expect(declinedOutcome(unknown)).toEqual({ status: 'failed', reference: null, failureReason: 'invalid_payment_method' })
    expect(isCardProblem({ type: 'invalid_request_error', code: 'amount_too_small', param: 'amount' })).toBe(false)
    expect(isCardProblem({ type: 'idempotency_error' })).toBe(false)
    expect(isCardProblem({ type: 'api_error' })).toBe(false)
  })
})
