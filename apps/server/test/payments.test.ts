import { Writable } from 'node:stream'
import { sql } from 'kysely'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../src/platform/ids.js'
import { sha256 } from '../src/platform/crypto.js'
import type { Db } from '../src/platform/db/database.js'
import type { PaymentChange, PaymentView } from '../src/modules/payments/service.js'
import { signedDelivery } from '../src/modules/payments/test-provider.js'
import { resolveWebhookSecret } from '../src/modules/payments/webhook-secret.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'

const SUCCEEDS = '4242424242424242'
const DECLINED = '4000000000000002'
const NO_FUNDS = '4000000000009995'
const CHALLENGE = '4000000000003220'
const MASTERCARD = '5555555555554444'
const AMEX = '378282246310005'
const EVERY_PAN = [SUCCEEDS, DECLINED, NO_FUNDS, CHALLENGE, MASTERCARD, AMEX]
/** One CVC for every card here, so the search for it below is exact. */
const CVC = '9173'

describe(`${onBackends}: payments`, () => {
  let t: TestApp
  let db: Db
  let secret: string
  const logLines: string[] = []
  /** Every change the listener saw, with the status it read through the listener's own transaction. */
  const seen: { paymentId: string; change: PaymentChange; statusInTx: string }[] = []
  /** Orders whose listener refuses the change, as an order that cannot take it would. */
  const refusingOrders = new Set<string>()

  const tokenize = (number: string, overrides: Record<string, unknown> = {}, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/store/payments/tokens',
      payload: { number, cvc: CVC, expMonth: 12, expYear: new Date().getUTCFullYear() + 3, ...overrides },
      ...(remoteAddress && { remoteAddress }),
    })

  const tokenFor = async (number: string) => {
    const res = await tokenize(number)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ token: string }>().token
  }

  const createPayment = async (number: string, amount = 10_000, orderId = newId('ord')) => {
    const token = await tokenFor(number)
    return db.transaction().execute((tx) => t.services.payments.createPayment(tx, { orderId, amount, currency: 'USD', token }))
  }

  const authorized = async (number = SUCCEEDS, amount = 10_000) => {
    const payment = await t.services.payments.authorize((await createPayment(number, amount)).id)
    expect(payment.status).toBe('authorized')
    return payment
  }

  const events = async (paymentId: string) =>
    (
      await db
        .selectFrom('outbox_event')
        .select(['topic', 'version', 'payload'])
        .where(sql<string>`payload->>'paymentId'`, '=', paymentId)
        .orderBy('created_at')
        .execute()
    ).map((e) => ({ topic: e.topic, version: e.version, payload: e.payload as Record<string, unknown> }))

  const transactions = (paymentId: string) => t.services.payments.transactions(paymentId)

  const charge = (reference: string) =>
    db.selectFrom('test_provider_charge').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow()

  const referenceOf = async (paymentId: string) =>
    (await db.selectFrom('payment').select('provider_reference').where('id', '=', paymentId).executeTakeFirstOrThrow()).provider_reference!

  const problemOf = (error: unknown) => {
    const e = error as { status: number; type: string; errors?: { pointer: string }[] }
    return { status: e.status, type: e.type, pointer: e.errors?.[0]?.pointer }
  }

  const deliver = (rawBody: string, headers: Record<string, string>, provider = 'test') =>
    t.app.inject({ method: 'POST', url: `/store/payments/webhooks/${provider}`, payload: rawBody, headers })

  const chargeEvent = (reference: string, type: 'charge.authorized' | 'charge.failed', id = newId('tevt')) => ({
    id,
    type,
    created: Math.floor(Date.now() / 1000),
    data: { reference, amount: 10_000, currency: 'USD', failureReason: type === 'charge.failed' ? 'authentication_failed' : null },
  })

  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'trace', PAYMENT_TOKENS_PER_IP: '100' })
    db = t.services.database.db
    secret = resolveWebhookSecret(t.services.config)
    // Everything the app logs from here on (requests, errors, services) lands in logLines.
    const logger = t.services.logger as unknown as Record<symbol, unknown>
    logger[pino.symbols.streamSym] = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) })
    t.services.payments.onChange(async (tx, payment, change) => {
      if (refusingOrders.has(payment.orderId)) throw new Error('the order cannot take this payment change')
      seen.push({ paymentId: payment.id, change, statusInTx: (await t.services.payments.get(payment.id, tx)).status })
    })
  })
  afterAll(() => t?.close())

  describe('tokens', () => {
    it('tokenizes a card: an opaque token with brand, last four and expiry, and never the number or CVC', async () => {
      const res = await tokenize('4242 4242 4242 4242')
      expect(res.statusCode).toBe(201)
      expect(res.headers['cache-control']).toBe('no-store')
      const body = res.json()
      expect(body).toEqual({
        token: expect.stringMatching(/^ptok_[0-9a-f]{48}$/),
        brand: 'visa',
        last4: '4242',
        expMonth: 12,
        expYear: new Date().getUTCFullYear() + 3,
        expiresAt: expect.any(String),
      })
      expect(res.body).not.toContain(SUCCEEDS)
      expect(res.body).not.toContain(CVC)
      const minutes = (Date.parse(body.expiresAt) - Date.now()) / 60_000
      expect(minutes).toBeGreaterThan(29)
      expect(minutes).toBeLessThanOrEqual(30)
      // Only a hash of the token is kept.
      const row = await db.selectFrom('payment_token').selectAll().where('token_hash', '=', sha256(body.token)).executeTakeFirstOrThrow()
      expect(row).toMatchObject({ brand: 'visa', last4: '4242', test_behaviour: 'succeed', used_at: null })
      expect(JSON.stringify(row)).not.toContain(body.token)
    })

    it('rejects a bad card with 422 and field pointers that never echo the number or CVC', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['4242 4242 4242 4241', {}, '/body/number'],
        ['4242 4242', {}, '/body/number'],
        ['4242-4242-4242-4242', {}, '/body/number'],
        [SUCCEEDS, { cvc: '91' }, '/body/cvc'],
        [SUCCEEDS, { cvc: '91a3' }, '/body/cvc'],
        [SUCCEEDS, { expMonth: 1, expYear: new Date().getUTCFullYear() - 1 }, '/body/expYear'],
      ]
      for (const [number, overrides, pointer] of cases) {
        const res = await tokenize(number, overrides)
        expect(res.statusCode, `${pointer} ${JSON.stringify(overrides)}`).toBe(422)
        expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer])
        for (const secretPart of [number, number.replace(/\D/g, ''), String(overrides.cvc ?? CVC)])
          expect(res.body).not.toContain(secretPart)
      }
    })

    it('rejects malformed JSON and unknown fields with 400, and a wrongly typed field with 422, echoing nothing of the card', async () => {
      const broken = await t.app.inject({
        method: 'POST',
        url: '/store/payments/tokens',
        headers: { 'content-type': 'application/json' },
        payload: `{"number":"${SUCCEEDS}","cvc":"${CVC}",`,
      })
      expect(broken.statusCode).toBe(400)
      const unknown = await tokenize(SUCCEEDS, { pan: MASTERCARD })
      expect(unknown.statusCode).toBe(400)
      expect(unknown.json().errors).toEqual([{ pointer: '/body/pan', detail: 'is not a known field' }])
      const wrongType = await tokenize(SUCCEEDS, { cvc: { value: CVC } })
      expect(wrongType.statusCode).toBe(422)
      expect(wrongType.json().errors[0].pointer).toBe('/body/cvc')
      for (const res of [broken, unknown, wrongType])
        for (const secretPart of [SUCCEEDS, MASTERCARD, CVC]) expect(res.body).not.toContain(secretPart)
    })

    it('refuses more tokenizations from one IP than the limit with 429 (card-testing defence)', async () => {
      const ip = '203.0.113.77'
      for (let i = 0; i < 100; i++) expect((await tokenize('4242 4242 4242 4241', {}, ip)).statusCode).toBe(422)
      const refused = await tokenize(SUCCEEDS, {}, ip)
      expect(refused.statusCode).toBe(429)
      expect(refused.headers['retry-after']).toBeDefined()
      expect((await tokenize(SUCCEEDS, {}, '203.0.113.78')).statusCode).toBe(201)
    })

    it('spends a token once, in the caller’s transaction; an unknown, used or expired token is 422 at /body/paymentToken', async () => {
      const token = await tokenFor(SUCCEEDS)
      const pay = (orderId: string, paymentToken = token) =>
        db
          .transaction()
          .execute((tx) => t.services.payments.createPayment(tx, { orderId, amount: 500, currency: 'USD', token: paymentToken }))

      // A checkout that rolls back leaves its token unspent.
      await expect(
        db.transaction().execute(async (tx) => {
          await t.services.payments.createPayment(tx, { orderId: newId('ord'), amount: 500, currency: 'USD', token })
          throw new Error('checkout failed later')
        }),
      ).rejects.toThrow('checkout failed later')

      const payment = await pay(newId('ord'))
      expect(payment).toMatchObject({
        status: 'pending',
        amount: 500,
        currency: 'USD',
        provider: 'test',
        authorizedAmount: 0,
        card: { brand: 'visa', last4: '4242', expMonth: 12 },
        nextAction: null,
        failureReason: null,
      })
      const again = await pay(newId('ord')).catch((error: unknown) => error)
      expect(problemOf(again)).toEqual({ status: 422, type: 'validation', pointer: '/body/paymentToken' })
      expect(problemOf(await pay(newId('ord'), 'ptok_nope').catch((error: unknown) => error)).status).toBe(422)

      const stale = await tokenFor(SUCCEEDS)
      await db
        .updateTable('payment_token')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('token_hash', '=', sha256(stale))
        .execute()
      expect(problemOf(await pay(newId('ord'), stale).catch((error: unknown) => error)).pointer).toBe('/body/paymentToken')
    })
  })

  describe('authorization with each test card', () => {
    it('authorizes 4242 4242 4242 4242 and emits payment.completed in the same transaction', async () => {
      const created = await createPayment(SUCCEEDS)
      const payment = await t.services.payments.authorize(created.id)
      expect(payment).toMatchObject({
        status: 'authorized',
        authorizedAmount: 10_000,
        capturedAmount: 0,
        failureReason: null,
        nextAction: null,
      })
      expect(await events(payment.id)).toEqual([
        {
          topic: 'payment.completed',
          version: 1,
          payload: { paymentId: payment.id, orderId: created.orderId, amount: 10_000, currency: 'USD', status: 'authorized' },
        },
      ])
      expect(await transactions(payment.id)).toEqual([
        expect.objectContaining({
          kind: 'authorize',
          amount: 10_000,
          status: 'succeeded',
          actor: 'system',
          providerReference: expect.stringMatching(/^tch_/),
        }),
      ])
      expect((await charge(await referenceOf(payment.id))).authorized_amount).toBe(10_000)
    })

    it.each([
      [DECLINED, 'card_declined'],
      [NO_FUNDS, 'insufficient_funds'],
    ])('fails %s with %s and emits payment.failed', async (number, reason) => {
      const created = await createPayment(number)
      const payment = await t.services.payments.authorize(created.id)
      expect(payment).toMatchObject({ status: 'failed', failureReason: reason, authorizedAmount: 0 })
      expect(await events(payment.id)).toEqual([
        {
          topic: 'payment.failed',
          version: 1,
          payload: {
            paymentId: payment.id,
            orderId: created.orderId,
            amount: 10_000,
            currency: 'USD',
            status: 'failed',
            failureReason: reason,
          },
        },
      ])
      expect(seen.find((s) => s.paymentId === payment.id)?.change).toEqual({
        kind: 'failed',
        from: 'pending',
        to: 'failed',
        amount: 10_000,
        actor: 'system',
        reason,
      })
      expect(problemOf(await t.services.payments.capture(payment.id, undefined, 'staff_1').catch((e: unknown) => e)).status).toBe(409)
    })

    it('asks for a challenge for 4000 0000 0000 3220: requires_action with a redirect, and no event yet', async () => {
      const payment = await t.services.payments.authorize((await createPayment(CHALLENGE)).id)
      expect(payment).toMatchObject({
        status: 'requires_action',
        nextAction: { type: 'redirect', url: expect.stringContaining('/store/payments/test/challenges/tch_') },
      })
      expect(await events(payment.id)).toEqual([])
    })

    it('authorizes any other valid number (Mastercard, Amex with a 4-digit CVC)', async () => {
      expect((await authorized(MASTERCARD)).card).toMatchObject({ brand: 'mastercard', last4: '4444' })
      expect((await authorized(AMEX)).card).toMatchObject({ brand: 'amex', last4: '0005' })
    })

    it('refuses to authorize a payment twice (409) and an unknown payment (404)', async () => {
      const payment = await authorized()
      expect(problemOf(await t.services.payments.authorize(payment.id).catch((e: unknown) => e)).status).toBe(409)
      expect(problemOf(await t.services.payments.authorize('pay_NOPE').catch((e: unknown) => e)).status).toBe(404)
      expect(await transactions(payment.id)).toHaveLength(1)
    })

    it('lists an order’s payments, oldest first', async () => {
      const orderId = newId('ord')
      const first = await createPayment(DECLINED, 700, orderId)
      const second = await createPayment(SUCCEEDS, 700, orderId)
      expect((await t.services.payments.listForOrder(orderId)).map((p) => p.id)).toEqual([first.id, second.id])
      expect(await t.services.payments.listForOrder(newId('ord'))).toEqual([])
    })
  })

  describe('capture, void and refund', () => {
    it('captures part, then the rest, then refuses a third capture with 409', async () => {
      const payment = await authorized()
      const part = await t.services.payments.capture(payment.id, 4000, 'staff_ada')
      expect(part).toMatchObject({ status: 'partially_captured', capturedAmount: 4000 })
      const rest = await t.services.payments.capture(payment.id, undefined, 'staff_ada')
      expect(rest).toMatchObject({ status: 'captured', capturedAmount: 10_000 })
      expect(problemOf(await t.services.payments.capture(payment.id, 1, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      expect((await transactions(payment.id)).map((x) => [x.kind, x.amount, x.status, x.actor])).toEqual([
        ['authorize', 10_000, 'succeeded', 'system'],
        ['capture', 4000, 'succeeded', 'staff_ada'],
        ['capture', 6000, 'succeeded', 'staff_ada'],
      ])
      expect(await charge(await referenceOf(payment.id))).toMatchObject({ captured_amount: 10_000 })
      expect(seen.filter((s) => s.paymentId === payment.id).map((s) => s.change)).toEqual([
        { kind: 'authorized', from: 'pending', to: 'authorized', amount: 10_000, actor: 'system' },
        { kind: 'captured', from: 'authorized', to: 'partially_captured', amount: 4000, actor: 'staff_ada' },
        { kind: 'captured', from: 'partially_captured', to: 'captured', amount: 6000, actor: 'staff_ada' },
      ])
    })

    it('rejects a capture above what is authorized with 422 at /body/amount', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, 7000, 'staff_ada')
      const refused = await t.services.payments.capture(payment.id, 3001, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(problemOf(await t.services.payments.capture(payment.id, 0, 'staff_ada').catch((e: unknown) => e)).pointer).toBe('/body/amount')
      expect((await t.services.payments.get(payment.id)).capturedAmount).toBe(7000)
    })

    it('rejects a refund above what was captured with 422 and changes nothing', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, 6000, 'staff_ada')
      const before = await t.services.payments.get(payment.id)
      const history = await transactions(payment.id)
      const ledger = await charge(await referenceOf(payment.id))

      const refused = await t.services.payments.refund(payment.id, 6001, 'goodwill', 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(await t.services.payments.get(payment.id)).toEqual(before)
      expect(await transactions(payment.id)).toEqual(history)
      expect(await charge(await referenceOf(payment.id))).toEqual(ledger)
    })

    it('refunds part then the rest; a refunded payment takes no more refunds or captures', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, undefined, 'staff_ada')
      const part = await t.services.payments.refund(payment.id, 2500, 'damaged item', 'staff_ada')
      expect(part).toMatchObject({ status: 'partially_refunded', refundedAmount: 2500 })
      const all = await t.services.payments.refund(payment.id, 7500, 'order returned', 'staff_ada')
      expect(all).toMatchObject({ status: 'refunded', refundedAmount: 10_000, capturedAmount: 10_000 })
      expect(problemOf(await t.services.payments.refund(payment.id, 1, 'again', 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      const refunds = (await transactions(payment.id)).filter((x) => x.kind === 'refund')
      expect(refunds.map((x) => [x.amount, x.reason, x.status])).toEqual([
        [2500, 'damaged item', 'succeeded'],
        [7500, 'order returned', 'succeeded'],
      ])
      expect(seen.filter((s) => s.paymentId === payment.id).at(-1)?.change).toEqual({
        kind: 'refunded',
        from: 'partially_refunded',
        to: 'refunded',
        amount: 7500,
        actor: 'staff_ada',
        reason: 'order returned',
      })
    })

    it('lets exactly one of two racing refunds through when together they exceed what was captured', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, 8000, 'staff_ada')
      const results = await Promise.allSettled([
        t.services.payments.refund(payment.id, 5000, 'race a', 'staff_a'),
        t.services.payments.refund(payment.id, 5000, 'race b', 'staff_b'),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!
      expect(problemOf(rejected.reason)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(await t.services.payments.get(payment.id)).toMatchObject({ refundedAmount: 5000, status: 'partially_refunded' })
      expect(await charge(await referenceOf(payment.id))).toMatchObject({ refunded_amount: 5000 })
      expect((await transactions(payment.id)).filter((x) => x.kind === 'refund')).toHaveLength(1)
    })

    it('lets racing captures take no more than the authorization', async () => {
      const payment = await authorized()
      const results = await Promise.allSettled(
        [4000, 4000, 4000].map((amount) => t.services.payments.capture(payment.id, amount, 'staff_ada')),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
      expect(await t.services.payments.get(payment.id)).toMatchObject({ capturedAmount: 8000, status: 'partially_captured' })
    })

    it('voids an authorization nothing was captured from, and then refuses to capture it (409)', async () => {
      const payment = await authorized()
      const voided = await t.services.payments.voidPayment(payment.id, 'staff_ada')
      expect(voided).toMatchObject({ status: 'voided', capturedAmount: 0 })
      expect((await charge(await referenceOf(payment.id))).status).toBe('voided')
      expect(problemOf(await t.services.payments.capture(payment.id, undefined, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      expect(problemOf(await t.services.payments.voidPayment(payment.id, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
    })

    it('refuses to void a payment once anything was captured (409): refund it instead', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, 100, 'staff_ada')
      const refused = await t.services.payments.voidPayment(payment.id, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toMatchObject({ status: 409, type: 'conflict' })
      expect((await t.services.payments.get(payment.id)).status).toBe('partially_captured')
      expect((await charge(await referenceOf(payment.id))).status).toBe('authorized')
    })

    it('voids a payment never authorized without asking the provider', async () => {
      const payment = await createPayment(SUCCEEDS)
      expect(await t.services.payments.voidPayment(payment.id, 'system')).toMatchObject({ status: 'voided' })
      expect(problemOf(await t.services.payments.authorize(payment.id).catch((e: unknown) => e)).status).toBe(409)
    })

    it('gives the hold back when the provider refuses on its own books (502), leaving the payment as it was', async () => {
      const payment = await authorized()
      const reference = await referenceOf(payment.id)
      // The processor's ledger disagrees with the shop's: it believes 9000 were captured already.
      await db.updateTable('test_provider_charge').set({ captured_amount: 9000 }).where('reference', '=', reference).execute()
      const refused = await t.services.payments.capture(payment.id, 5000, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toMatchObject({ status: 502, type: 'payment-provider-error' })
      expect(await t.services.payments.get(payment.id)).toMatchObject({ status: 'authorized', capturedAmount: 0 })
      const held = await db
        .selectFrom('payment')
        .select(['capture_pending', 'refund_pending'])
        .where('id', '=', payment.id)
        .executeTakeFirstOrThrow()
      expect(held).toEqual({ capture_pending: 0, refund_pending: 0 })
      expect((await transactions(payment.id)).at(-1)).toMatchObject({
        kind: 'capture',
        status: 'failed',
        failureReason: 'amount_exceeds_authorized',
      })
      // What both ledgers agree is left can still be captured.
      expect(await t.services.payments.capture(payment.id, 1000, 'staff_ada')).toMatchObject({ capturedAmount: 1000 })
    })
  })

  describe('change listeners', () => {
    it('are called inside the transaction that records the change: they read the new status through it', async () => {
      const payment = await authorized()
      await t.services.payments.capture(payment.id, 10_000, 'staff_ada')
      expect(seen.filter((s) => s.paymentId === payment.id).map((s) => [s.change.kind, s.statusInTx])).toEqual([
        ['authorized', 'authorized'],
        ['captured', 'captured'],
      ])
    })

    it('undo the change when they throw: no status change, no event, and the payment can be authorized later', async () => {
      const created = await createPayment(SUCCEEDS)
      refusingOrders.add(created.orderId)
      await expect(t.services.payments.authorize(created.id)).rejects.toThrow('the order cannot take this payment change')
      expect(await t.services.payments.get(created.id)).toMatchObject({ status: 'pending', authorizedAmount: 0 })
      expect(await events(created.id)).toEqual([])
      expect((await transactions(created.id)).map((x) => [x.status, x.failureReason])).toEqual([['failed', 'not_recorded']])

      refusingOrders.delete(created.orderId)
      expect((await t.services.payments.authorize(created.id)).status).toBe('authorized')
      expect((await events(created.id)).map((e) => e.topic)).toEqual(['payment.completed'])
    })
  })

  describe('3-D Secure style challenge', () => {
    const challengePath = (payment: PaymentView) => new URL(payment.nextAction!.url).pathname

    it('authorizes once the card holder passes the challenge: the provider’s signed webhook completes the payment', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await t.services.payments.authorize(created.id)
      const page = await t.app.inject(challengePath(pending))
      expect(page.statusCode).toBe(200)
      expect(page.json()).toMatchObject({ status: 'requires_action', amount: 10_000, currency: 'USD' })

      const answer = await t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: true } })
      expect(answer.statusCode, answer.body).toBe(200)
      expect(answer.json()).toMatchObject({ status: 'authorized' })

      expect(await t.services.payments.get(created.id)).toMatchObject({ status: 'authorized', authorizedAmount: 10_000, nextAction: null })
      expect((await events(created.id)).map((e) => e.topic)).toEqual(['payment.completed'])
      expect((await transactions(created.id)).map((x) => [x.kind, x.status])).toEqual([['authorize', 'succeeded']])
      expect(seen.filter((s) => s.paymentId === created.id).map((s) => [s.change.kind, s.change.actor])).toEqual([
        ['requires_action', 'system'],
        ['authorized', 'provider:test'],
      ])
      expect(await db.selectFrom('payment_webhook_event').select('type').where('provider', '=', 'test').execute()).toContainEqual({
        type: 'charge.authorized',
      })
      // The authorization is real: it can be captured.
      expect(await t.services.payments.capture(created.id, undefined, 'staff_ada')).toMatchObject({ status: 'captured' })
      // A challenge is answered once.
      expect((await t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: false } })).statusCode).toBe(409)
    })

    it('fails the payment with authentication_failed when the card holder fails the challenge', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await t.services.payments.authorize(created.id)
      const answer = await t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: false } })
      expect(answer.json()).toMatchObject({ status: 'failed' })
      expect(await t.services.payments.get(created.id)).toMatchObject({ status: 'failed', failureReason: 'authentication_failed' })
      expect((await events(created.id)).map((e) => [e.topic, e.payload.failureReason])).toEqual([
        ['payment.failed', 'authentication_failed'],
      ])
    })

    it('voids a payment waiting for its challenge; the challenge can then no longer be passed', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await t.services.payments.authorize(created.id)
      expect(await t.services.payments.voidPayment(created.id, 'system')).toMatchObject({ status: 'voided', nextAction: null })
      expect((await t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: true } })).statusCode).toBe(409)
      expect((await t.services.payments.get(created.id)).status).toBe('voided')
    })

    it('answers 404 for a challenge that does not exist', async () => {
      expect(
        (await t.app.inject({ method: 'POST', url: '/store/payments/test/challenges/tch_NOPE', payload: { approve: true } })).statusCode,
      ).toBe(404)
    })
  })

  describe('webhooks', () => {
    const waitingPayment = async () => {
      const created = await createPayment(CHALLENGE)
      await t.services.payments.authorize(created.id)
      return { id: created.id, reference: await referenceOf(created.id) }
    }

    it('applies a signed event once; a replay of the same event id answers duplicate and changes nothing', async () => {
      const payment = await waitingPayment()
      const delivery = signedDelivery(secret, chargeEvent(payment.reference, 'charge.authorized'))
      const first = await deliver(delivery.rawBody, delivery.headers)
      expect(first.statusCode, first.body).toBe(200)
      expect(first.json()).toEqual({ received: true, duplicate: false })
      expect((await t.services.payments.get(payment.id)).status).toBe('authorized')
      const changes = seen.filter((s) => s.paymentId === payment.id).length

      const replay = await deliver(delivery.rawBody, delivery.headers)
      expect(replay.statusCode).toBe(200)
      expect(replay.json()).toEqual({ received: true, duplicate: true })
      expect((await events(payment.id)).map((e) => e.topic)).toEqual(['payment.completed'])
      expect(seen.filter((s) => s.paymentId === payment.id)).toHaveLength(changes)
    })

    it('refuses a forged signature with 400 and applies nothing', async () => {
      const payment = await waitingPayment()
      const forged = signedDelivery('not-the-shop-secret-but-long-enough-to-look-real', chargeEvent(payment.reference, 'charge.authorized'))
      const res = await deliver(forged.rawBody, forged.headers)
      expect(res.statusCode).toBe(400)
      expect(res.json().type).toMatch(/invalid-signature$/)

      const genuine = signedDelivery(secret, chargeEvent(payment.reference, 'charge.failed'))
      const tampered = genuine.rawBody.replace('charge.failed', 'charge.authorized')
      expect((await deliver(tampered, genuine.headers)).statusCode).toBe(400)
      const unsigned = await deliver(genuine.rawBody, { 'content-type': 'application/json' })
      expect(unsigned.statusCode).toBe(400)
      expect((await t.services.payments.get(payment.id)).status).toBe('requires_action')
    })

    it('refuses a delivery signed more than five minutes ago with 400', async () => {
      const payment = await waitingPayment()
      const old = signedDelivery(secret, chargeEvent(payment.reference, 'charge.authorized'), Math.floor(Date.now() / 1000) - 301)
      const res = await deliver(old.rawBody, old.headers)
      expect(res.statusCode).toBe(400)
      expect(res.json().detail).toMatch(/timestamp/)
      expect((await t.services.payments.get(payment.id)).status).toBe('requires_action')
    })

    it('accepts events it has no use for, and answers 404 for an unknown provider and 400 for a body that is not JSON', async () => {
      const other = signedDelivery(secret, { id: newId('tevt'), type: 'payout.paid', created: 0, data: {} })
      expect((await deliver(other.rawBody, other.headers)).json()).toEqual({ received: true, duplicate: false })
      expect((await deliver(other.rawBody, other.headers, 'acme')).statusCode).toBe(404)
      const notJson = await deliver('{"id":', { 'content-type': 'application/json' })
      expect(notJson.statusCode).toBe(400)
    })
  })

  describe('card data', () => {
    it('appears in no table and no log line: no card number, spaced or not, and no CVC', async () => {
      // One more full run per card, so every path has written what it writes.
      for (const number of EVERY_PAN) {
        const payment = await t.services.payments.authorize((await createPayment(number.replace(/(\d{4})/g, '$1 ').trim())).id)
        if (payment.status === 'authorized') {
          await t.services.payments.capture(payment.id, 5000, 'staff_ada')
          await t.services.payments.refund(payment.id, 1000, 'search', 'staff_ada')
        }
      }
      const tables = await sql<{ table_name: string }>`
        select distinct table_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
        order by table_name`.execute(db)
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['payment', 'payment_token', 'payment_transaction', 'outbox_event']),
      )
      let dump = ''
      for (const { table_name } of tables.rows) {
        const columns = await sql<{ column_name: string }>`
          select column_name from information_schema.columns
          where table_schema = 'public' and table_name = ${table_name}
            and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`.execute(db)
        const select = sql.join(columns.rows.map((c) => sql`coalesce(${sql.ref(c.column_name)}::text, '')`))
        const rows = await sql<{ line: string }>`select concat_ws('|', ${select}) as line from ${sql.table(table_name)}`.execute(db)
        dump += rows.rows.map((r) => `${table_name}|${r.line}`).join('\n') + '\n'
      }
      expect(dump).toContain('4242')
      const logs = logLines.join('')
      expect(logs).toContain('/store/payments/tokens')

      for (const [where, text] of [
        ['database', dump],
        ['logs', logs],
      ] as const) {
        for (const pan of EVERY_PAN) {
          expect(text, `${where}: ${pan}`).not.toContain(pan)
          expect(text, `${where}: ${pan} spaced`).not.toContain(pan.replace(/(\d{4})/g, '$1 ').trim())
        }
        expect(text, `${where}: cvc`).not.toMatch(/cvc/i)
        // The CVC as a whole value: a column, a JSON string or a logged field equal to it.
        expect(text, `${where}: ${CVC}`).not.toMatch(new RegExp(`(^|[|":=,\\s])${CVC}($|[|",}\\s])`, 'm'))
      }
    })
  })
})
