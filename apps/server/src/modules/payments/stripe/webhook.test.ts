import { describe, expect, it } from 'vitest'
import { createFakeStripe, stripeDelivery } from '../../../../test/fake-stripe.js'
import { Problem } from '../../../problems.js'
import { signatureHeader } from '../webhook-signature.js'
import type { StripeEvent } from './objects.js'
import { eventOf, verifyStripeWebhook } from './webhook.js'

const SECRET = 'whsec_test0123456789abcdef0123456789abcdef'
const NOW = 1_780_000_000
const EVENT: StripeEvent = {
  id: 'evt_1',
  object: 'event',
  type: 'payment_intent.amount_capturable_updated',
  created: NOW,
  livemode: false,
  data: { object: { id: 'pi_1', object: 'payment_intent', status: 'requires_capture', metadata: { payment_id: 'pay_1' } } },
}
const BODY = JSON.stringify(EVENT)
const hex = (signature: string) => signature.split('v1=')[1]!.split(',')[0]!

/** The Problem a verification threw, as the client would see it. */
function refusal(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof Problem) return { status: error.status, type: error.type, detail: error.detail }
    throw error
  }
  throw new Error('the webhook was accepted')
}

describe('stripe webhook signature', () => {
  it('accepts a body Stripe signed with the endpoint secret, ignoring the v0 signature of test mode', () => {
    const { rawBody, headers } = stripeDelivery(SECRET, EVENT, NOW)
    expect(headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64},v0=[0-9a-f]{64}$/)
    expect(verifyStripeWebhook(SECRET, rawBody, headers, NOW)).toEqual({
      id: 'evt_1',
      type: 'payment_intent.amount_capturable_updated',
      kind: 'authorized',
      reference: 'pi_1',
      paymentId: 'pay_1',
    })
  })

  it('refuses a forged signature, one made with another secret, and a body changed after signing', () => {
    expect(refusal(() => verifyStripeWebhook(SECRET, BODY, { 'stripe-signature': `t=${NOW},v1=${'ab'.repeat(32)}` }, NOW))).toEqual({
      status: 400,
      type: 'invalid-signature',
      detail: 'The Stripe-Signature does not match the body',
    })
    const otherSecret = stripeDelivery('whsec_another0123456789abcdef', EVENT, NOW)
    expect(refusal(() => verifyStripeWebhook(SECRET, otherSecret.rawBody, otherSecret.headers, NOW)).type).toBe('invalid-signature')
    const { headers } = stripeDelivery(SECRET, EVENT, NOW)
    const tampered = BODY.replace('requires_capture', 'requires_capture ')
    expect(refusal(() => verifyStripeWebhook(SECRET, tampered, headers, NOW)).detail).toMatch(/does not match/)
  })

  it('refuses a delivery signed more than 300 seconds from now, however well signed', () => {
    const old = stripeDelivery(SECRET, EVENT, NOW - 301)
    expect(refusal(() => verifyStripeWebhook(SECRET, old.rawBody, old.headers, NOW)).detail).toMatch(/timestamp is too far/)
    const future = stripeDelivery(SECRET, EVENT, NOW + 301)
    expect(refusal(() => verifyStripeWebhook(SECRET, future.rawBody, future.headers, NOW)).detail).toMatch(/timestamp/)
    const edge = stripeDelivery(SECRET, EVENT, NOW - 300)
    expect(verifyStripeWebhook(SECRET, edge.rawBody, edge.headers, NOW).id).toBe('evt_1')
  })

  it('accepts any one of several v1 signatures, as while the endpoint secret is rolled', () => {
    const good = hex(signatureHeader(SECRET, BODY, NOW))
    const old = hex(signatureHeader('whsec_theoldsecret0123456789', BODY, NOW))
    for (const header of [`t=${NOW},v1=${old},v1=${good}`, `t=${NOW},v1=${good},v1=${old}`, `t=${NOW},v0=${old},v1=${good}`])
      expect(verifyStripeWebhook(SECRET, BODY, { 'stripe-signature': header }, NOW).id, header).toBe('evt_1')
    expect(refusal(() => verifyStripeWebhook(SECRET, BODY, { 'stripe-signature': `t=${NOW},v1=${old},v0=${good}` }, NOW)).detail).toMatch(
      /does not match/,
    )
  })

  it('rejects a missing or malformed header', () => {
    expect(refusal(() => verifyStripeWebhook(SECRET, BODY, {}, NOW)).detail).toBe('The Stripe-Signature header is missing')
    const good = hex(signatureHeader(SECRET, BODY, NOW))
    for (const header of [`v1=${good}`, `t=${NOW}`, `t=${NOW},v0=${good}`, `t=soon,v1=${good}`, `t=${NOW},t=${NOW},v1=${good}`, 'garbage'])
      expect(refusal(() => verifyStripeWebhook(SECRET, BODY, { 'stripe-signature': header }, NOW)).detail, header).toBe(
        'The Stripe-Signature header is malformed',
      )
  })

  it('does not read the shop’s own Shopstack-Signature header as Stripe’s', () => {
    expect(
      refusal(() => verifyStripeWebhook(SECRET, BODY, { 'shopstack-signature': signatureHeader(SECRET, BODY, NOW) }, NOW)).detail,
    ).toMatch(/missing/)
  })

  it('rejects a well-signed body that is not a Stripe event with 400', () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'payment_intent.succeeded' })
    const header = { 'stripe-signature': signatureHeader(SECRET, body, NOW) }
    expect(refusal(() => verifyStripeWebhook(SECRET, body, header, NOW))).toMatchObject({ status: 400, type: 'bad-request' })
  })
})

describe('stripe webhook events', () => {
  const fake = createFakeStripe()
  const intentFor = async (paymentMethod: string) => {
    const res = await fake.fetch('https://api.stripe.com/v1/payment_intents', {
      method: 'POST',
      headers: { 'idempotency-key': `authorize-${paymentMethod}` },
      body: new URLSearchParams({
        amount: '3240',
        currency: 'usd',
        payment_method: paymentMethod,
        confirm: 'true',
        capture_method: 'manual',
        'metadata[payment_id]': 'pay_1',
      }).toString(),
    })
    return ((await res.json()) as { id: string }).id
  }

  it('authorizes on payment_intent.amount_capturable_updated once the challenge is passed, naming the payment from metadata', async () => {
    const id = await intentFor('pm_card_threeDSecure2Required')
    const event = fake.completeChallenge(id, true)
    expect(eventOf(event)).toEqual({ id: event.id, type: event.type, kind: 'authorized', reference: id, paymentId: 'pay_1' })
  })

  it('fails with authentication_failed on payment_intent.payment_failed after a failed challenge', async () => {
    const id = await intentFor('pm_card_authenticationRequired')
    const event = fake.completeChallenge(id, false)
    expect(eventOf(event)).toEqual({
      id: event.id,
      type: 'payment_intent.payment_failed',
      kind: 'failed',
      reference: id,
      paymentId: 'pay_1',
      failureReason: 'authentication_failed',
    })
  })

  it('fails on payment_intent.canceled (a challenge given up at Stripe)', async () => {
    const id = await intentFor('pm_card_threeDSecure2Required')
    expect(eventOf(fake.event('payment_intent.canceled', id))).toMatchObject({ kind: 'failed', failureReason: 'canceled', reference: id })
  })

  it('ignores payment_intent.succeeded and charge.refunded: captures and refunds are recorded from Stripe’s answers', async () => {
    const id = await intentFor('pm_card_visa')
    expect(eventOf(fake.event('payment_intent.succeeded', id))).toEqual({
      id: expect.any(String),
      type: 'payment_intent.succeeded',
      kind: 'ignored',
    })
    const charge: StripeEvent = {
      ...EVENT,
      type: 'charge.refunded',
      data: { object: { id: 'ch_1', object: 'charge', payment_intent: id } },
    }
    expect(eventOf(charge)).toEqual({ id: 'evt_1', type: 'charge.refunded', kind: 'ignored' })
  })

  it('ignores an amount_capturable_updated that leaves nothing to capture, and events of other intents without metadata', () => {
    const nothing = { ...EVENT, data: { object: { ...EVENT.data.object, status: 'canceled' } } }
    expect(eventOf(nothing).kind).toBe('ignored')
    const foreign = { ...EVENT, data: { object: { id: 'pi_9', object: 'payment_intent', status: 'requires_capture' } } }
    expect(eventOf(foreign)).toEqual({ id: 'evt_1', type: EVENT.type, kind: 'authorized', reference: 'pi_9' })
  })
})
