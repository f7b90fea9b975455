import { describe, expect, it } from 'vitest'
import { createFakeStripe } from '../../../../test/fake-stripe.js'
import { ProviderRefusal, type AuthorizeRequest } from '../provider.js'
import { StripeUnavailable } from './client.js'
import { PAYMENT_METHOD_ID, createStripeProvider } from './provider.js'

const RETURN_URL = 'https://shop.example/checkout/payment-return?payment=pay_1'

function setup() {
  const fake = createFakeStripe()
  const provider = createStripeProvider({
    secretKey: 'sk_test_fake0123456789',
    webhookSecret: 'whsec_fake0123456789',
    returnUrl: (paymentId) => `https://shop.example/checkout/payment-return?payment=${paymentId}`,
    fetch: fake.fetch,
    retryDelayMs: 0,
  })
  const request = (providerToken: string | null, paymentId = 'pay_1'): AuthorizeRequest => ({
    paymentId,
    amount: 3240,
    currency: 'USD',
    card: { brand: 'unknown', last4: '', expMonth: 0, expYear: 0, testBehaviour: null },
    providerToken,
    idempotencyKey: 'ptx_1',
  })
  /** A captured-ready PaymentIntent's id. */
  const authorized = async (paymentId = 'pay_1') => {
    const outcome = await provider.authorize(request('pm_card_visa', paymentId))
    if (outcome.status !== 'authorized') throw new Error(outcome.status)
    return outcome.reference
  }
  return { fake, provider, request, authorized }
}

describe('stripe provider: authorize', () => {
  it('confirms a manual-capture PaymentIntent with the storefront’s PaymentMethod, keyed by the payment', async () => {
    const { fake, provider, request } = setup()
    const outcome = await provider.authorize(request('pm_card_visa'))
    expect(outcome).toEqual({
      status: 'authorized',
      reference: expect.stringMatching(/^pi_/),
      card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: expect.any(Number) },
    })
    expect(fake.calls).toHaveLength(1)
    expect(fake.calls[0]!.path).toBe('/v1/payment_intents')
    expect(fake.calls[0]!.headers['idempotency-key']).toBe('authorize-pay_1')
    expect(fake.calls[0]!.form).toEqual({
      amount: '3240',
      currency: 'usd',
      payment_method: 'pm_card_visa',
      'payment_method_types[0]': 'card',
      confirm: 'true',
      capture_method: 'manual',
      return_url: RETURN_URL,
      'metadata[payment_id]': 'pay_1',
      'expand[0]': 'payment_method',
    })
  })

  it('asks again for the same payment with the same key, and Stripe answers with the same PaymentIntent', async () => {
    const { fake, provider, request } = setup()
    const first = await provider.authorize(request('pm_card_visa'))
    const again = await provider.authorize({ ...request('pm_card_visa'), idempotencyKey: 'ptx_2' })
    expect(again).toEqual(first)
    expect(fake.intents.size).toBe(1)
  })

  it('answers a challenge with Stripe’s redirect, the return URL set from the configuration', async () => {
    const { fake, provider, request } = setup()
    const outcome = await provider.authorize(request('pm_card_threeDSecure2Required'))
    expect(outcome).toMatchObject({ status: 'requires_action', nextActionUrl: expect.stringMatching(/^https:\/\/hooks\.stripe\.com\//) })
    expect(fake.intents.get(outcome.reference!)?.next_action?.redirect_to_url?.return_url).toBe(RETURN_URL)
  })

  it.each([
    ['pm_card_chargeDeclined', 'card_declined'],
    ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
    ['pm_card_chargeDeclinedExpiredCard', 'expired_card'],
    ['pm_card_chargeDeclinedIncorrectCvc', 'incorrect_cvc'],
    ['pm_card_chargeDeclinedFraudulent', 'card_declined'],
  ])('fails %s (402 card_error) as %s, on the PaymentIntent Stripe made', async (paymentMethod, failureReason) => {
    const { provider, request } = setup()
    expect(await provider.authorize(request(paymentMethod))).toEqual({
      status: 'failed',
      reference: expect.stringMatching(/^pi_/),
      failureReason,
    })
  })

  it('fails a PaymentMethod Stripe does not know', async () => {
    const { provider, request } = setup()
    expect(await provider.authorize(request('pm_unknown'))).toEqual({
      status: 'failed',
      reference: null,
      failureReason: 'invalid_payment_method',
    })
  })

  it('throws when Stripe is unavailable, so the payment stays pending and nothing is declined', async () => {
    const { fake, provider, request } = setup()
    fake.trouble(503, 503, 503)
    await expect(provider.authorize(request('pm_card_visa'))).rejects.toBeInstanceOf(StripeUnavailable)
    fake.trouble('network', 'network', 'network')
    await expect(provider.authorize(request('pm_card_visa', 'pay_2'))).rejects.toBeInstanceOf(StripeUnavailable)
  })

  it('throws for a payment without a PaymentMethod: a token never reached it', async () => {
    const { fake, provider, request } = setup()
    await expect(provider.authorize(request(null))).rejects.toThrow(/no Stripe PaymentMethod/)
    expect(fake.calls).toHaveLength(0)
  })

  it('takes Stripe.js PaymentMethod ids as its checkout tokens, and nothing of the vault’s', () => {
    const { provider } = setup()
    expect(provider.tokens).toEqual({ from: 'storefront', pattern: PAYMENT_METHOD_ID })
    for (const token of ['pm_1PqRsTuVwXyZ0123456789ab', 'pm_card_visa']) expect(PAYMENT_METHOD_ID.test(token), token).toBe(true)
    for (const token of [`ptok_${'ab'.repeat(24)}`, 'pi_123', 'pm_', 'pm_a b', 'tok_visa', 'pm_../x'])
      expect(PAYMENT_METHOD_ID.test(token), token).toBe(false)
  })
})

describe('stripe provider: capture, void and refund', () => {
  it('captures the amount asked, keyed by the shop’s transaction, and names the charge', async () => {
    const { fake, provider, authorized } = setup()
    const reference = await authorized()
    const outcome = await provider.capture({ reference, amount: 2000, currency: 'USD', idempotencyKey: 'ptx_cap1' })
    expect(outcome.reference).toMatch(/^ch_/)
    const [call] = fake.callsTo(/\/capture$/)
    expect(call).toMatchObject({
      path: `/v1/payment_intents/${reference}/capture`,
      headers: { 'idempotency-key': 'capture-ptx_cap1' },
      form: { amount_to_capture: '2000' },
    })
  })

  it('refunds through /v1/refunds with the PaymentIntent and the amount', async () => {
    const { fake, provider, authorized } = setup()
    const reference = await authorized()
    await provider.capture({ reference, amount: 3240, currency: 'USD', idempotencyKey: 'ptx_cap1' })
    const outcome = await provider.refund({ reference, amount: 1000, currency: 'USD', idempotencyKey: 'ptx_ref1' })
    expect(outcome.reference).toMatch(/^re_/)
    expect(fake.callsTo(/^\/v1\/refunds$/)).toEqual([
      expect.objectContaining({
        headers: expect.objectContaining({ 'idempotency-key': 'refund-ptx_ref1' }),
        form: { payment_intent: reference, amount: '1000' },
      }),
    ])
  })

  it('voids by canceling the PaymentIntent', async () => {
    const { fake, provider, authorized } = setup()
    const reference = await authorized()
    expect(await provider.void({ reference, idempotencyKey: 'ptx_void1' })).toEqual({ reference })
    expect(fake.intents.get(reference)?.status).toBe('canceled')
    expect(fake.callsTo(/\/cancel$/)[0]?.headers['idempotency-key']).toBe('void-ptx_void1')
  })

  it('turns Stripe’s refusals into the port’s ProviderRefusal, with Stripe’s code', async () => {
    const { provider, authorized } = setup()
    const reference = await authorized()
    await expect(provider.capture({ reference, amount: 99_999, currency: 'USD', idempotencyKey: 'ptx_1' })).rejects.toEqual(
      new ProviderRefusal('amount_too_large'),
    )
    await expect(provider.refund({ reference, amount: 100, currency: 'USD', idempotencyKey: 'ptx_2' })).rejects.toEqual(
      new ProviderRefusal('charge_not_captured'),
    )
    await provider.capture({ reference, amount: 3240, currency: 'USD', idempotencyKey: 'ptx_3' })
    await expect(provider.void({ reference, idempotencyKey: 'ptx_4' })).rejects.toEqual(
      new ProviderRefusal('payment_intent_unexpected_state'),
    )
    await expect(provider.capture({ reference: 'pi_nope', amount: 1, currency: 'USD', idempotencyKey: 'ptx_5' })).rejects.toBeInstanceOf(
      ProviderRefusal,
    )
  })

  it('reports an outage as unavailable, not as a refusal, after retrying with the same key', async () => {
    const { fake, provider, authorized } = setup()
    const reference = await authorized()
    fake.trouble(500, 'network', 502)
    const error = await provider.capture({ reference, amount: 1000, currency: 'USD', idempotencyKey: 'ptx_cap9' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StripeUnavailable)
    expect(error).not.toBeInstanceOf(ProviderRefusal)
    expect(fake.callsTo(/\/capture$/).map((call) => call.headers['idempotency-key'])).toEqual([
      'capture-ptx_cap9',
      'capture-ptx_cap9',
      'capture-ptx_cap9',
    ])
    expect(fake.intents.get(reference)?.status).toBe('requires_capture')
  })
})
