import { describe, expect, it } from 'vitest'
import { createFakeStripe } from '../../../../test/fake-stripe.js'
import { STRIPE_API_VERSION, StripeUnavailable, createStripeClient } from './client.js'

const SECRET_KEY = 'sk_test_fake0123456789'
const INTENT = {
  amount: 3240,
  currency: 'usd',
  payment_method: 'pm_card_visa',
  confirm: true,
  capture_method: 'manual',
  metadata: { payment_id: 'pay_1' },
}

/** A fetch that answers each call with the next of `answers`, and records what it was sent. */
function scripted(...answers: (() => Response)[]) {
  const seen: { url: string; headers: Headers; body: string }[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    seen.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) })
    const next = answers.shift()
    if (!next) throw new Error('no more answers')
    return next()
  }
  return { fetch, seen }
}

describe('stripe client', () => {
  it('posts the form to api.stripe.com with the secret key, the pinned version and the Idempotency-Key', async () => {
    const { fetch, seen } = scripted(() => Response.json({ id: 'pi_1', object: 'payment_intent' }))
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch })
    expect(await stripe.post('/payment_intents', INTENT, 'authorize-pay_1')).toEqual({
      ok: true,
      status: 200,
      body: { id: 'pi_1', object: 'payment_intent' },
    })
    expect(seen).toHaveLength(1)
    expect(seen[0]!.url).toBe('https://api.stripe.com/v1/payment_intents')
    expect(Object.fromEntries(seen[0]!.headers)).toEqual({
      authorization: `Bearer ${SECRET_KEY}`,
      'content-type': 'application/x-www-form-urlencoded',
      'idempotency-key': 'authorize-pay_1',
      'stripe-version': STRIPE_API_VERSION,
    })
    expect(new URLSearchParams(seen[0]!.body).get('metadata[payment_id]')).toBe('pay_1')
  })

  it('retries a network error and a 5xx with the same Idempotency-Key, then answers', async () => {
    const { fetch, seen } = scripted(
      () => {
        throw new TypeError('fetch failed')
      },
      () => Response.json({ error: { type: 'api_error' } }, { status: 503 }),
      () => Response.json({ id: 'pi_1' }),
    )
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch, retryDelayMs: 0 })
    expect(await stripe.post('/payment_intents', INTENT, 'authorize-pay_1')).toMatchObject({ ok: true })
    expect(seen.map((call) => call.headers.get('idempotency-key'))).toEqual(['authorize-pay_1', 'authorize-pay_1', 'authorize-pay_1'])
  })

  it('charges once when Stripe acted but its answer was lost: the retry gets the first answer back', async () => {
    const fake = createFakeStripe()
    fake.trouble('lose-answer')
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch: fake.fetch, retryDelayMs: 0 })
    const answer = await stripe.post<{ id: string; status: string }>('/payment_intents', INTENT, 'authorize-pay_1')
    expect(answer).toMatchObject({ ok: true, body: { status: 'requires_capture' } })
    expect(fake.calls).toHaveLength(2)
    expect(fake.intents.size).toBe(1)
  })

  it('gives up as unavailable after its retries, and when Stripe says not to retry', async () => {
    const down = createFakeStripe()
    down.trouble('network', 500, 'network')
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch: down.fetch, retryDelayMs: 0 })
    await expect(stripe.post('/payment_intents', INTENT, 'authorize-pay_1')).rejects.toBeInstanceOf(StripeUnavailable)
    expect(down.calls).toHaveLength(3)
    expect(down.intents.size).toBe(0)

    const { fetch, seen } = scripted(() =>
      Response.json({ error: { type: 'api_error' } }, { status: 500, headers: { 'stripe-should-retry': 'false' } }),
    )
    const once = createStripeClient({ secretKey: SECRET_KEY, fetch, retryDelayMs: 0 })
    await expect(once.post('/payment_intents', INTENT, 'authorize-pay_2')).rejects.toBeInstanceOf(StripeUnavailable)
    expect(seen).toHaveLength(1)
  })

  it('answers a decline and a refusal as Stripe’s error, without retrying', async () => {
    const decline = { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } }
    const { fetch, seen } = scripted(
      () => Response.json(decline, { status: 402 }),
      () => Response.json({ error: { type: 'invalid_request_error', code: 'payment_intent_unexpected_state' } }, { status: 400 }),
    )
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch, retryDelayMs: 0 })
    expect(await stripe.post('/payment_intents', INTENT, 'authorize-pay_1')).toEqual({ ok: false, status: 402, error: decline.error })
    expect(await stripe.post('/payment_intents/pi_1/capture', {}, 'capture-ptx_1')).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'payment_intent_unexpected_state' },
    })
    expect(seen).toHaveLength(2)
  })

  it('fails loudly on a refused secret key, without repeating the key', async () => {
    const { fetch } = scripted(() =>
      Response.json({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****6789' } }, { status: 401 }),
    )
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch })
    const error = await stripe.post('/payment_intents', INTENT, 'authorize-pay_1').catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(StripeUnavailable)
    expect((error as Error).message).toMatch(/refused the secret key \(401\)/)
    expect((error as Error).message).not.toContain(SECRET_KEY)
  })

  it('treats an answer that is not Stripe’s JSON (a proxy’s error page) as unavailable', async () => {
    const { fetch } = scripted(() => new Response('<html>Bad gateway</html>', { status: 400 }))
    const stripe = createStripeClient({ secretKey: SECRET_KEY, fetch })
    await expect(stripe.post('/refunds', {}, 'refund-ptx_1')).rejects.toBeInstanceOf(StripeUnavailable)
  })
})
