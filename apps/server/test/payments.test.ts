import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../src/platform/ids.js'
import { SUCCEEDS, DECLINED, NO_FUNDS, CHALLENGE, MASTERCARD, AMEX, problemOf, paymentsFixture } from './payment-fixtures.js'
import { onBackends } from './test-app.js'

describe(`${onBackends}: payments`, () => {
  const f = paymentsFixture()
  const { createPayment, authorized, events, transactions, charge, referenceOf } = f
  beforeAll(() => f.start())
  afterAll(() => f.close())

  describe('authorization with each test card', () => {
    it('authorizes 4242 4242 4242 4242 and emits payment.completed in the same transaction', async () => {
      const created = await createPayment(SUCCEEDS)
      const payment = await f.t.services.payments.authorize(created.id)
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
      const payment = await f.t.services.payments.authorize(created.id)
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
      expect(f.seen.find((s) => s.paymentId === payment.id)?.change).toEqual({
        kind: 'failed',
        from: 'pending',
        to: 'failed',
        amount: 10_000,
        actor: 'system',
        reason,
      })
      expect(problemOf(await f.t.services.payments.capture(payment.id, undefined, 'staff_1').catch((e: unknown) => e)).status).toBe(409)
    })

    it('asks for a challenge for 4000 0000 0000 3220: requires_action with a redirect, and no event yet', async () => {
      const payment = await f.t.services.payments.authorize((await createPayment(CHALLENGE)).id)
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
      expect(problemOf(await f.t.services.payments.authorize(payment.id).catch((e: unknown) => e)).status).toBe(409)
      expect(problemOf(await f.t.services.payments.authorize('pay_NOPE').catch((e: unknown) => e)).status).toBe(404)
      expect(await transactions(payment.id)).toHaveLength(1)
    })

    it('lists an order’s payments, oldest first', async () => {
      const orderId = newId('ord')
      const first = await createPayment(DECLINED, 700, orderId)
      const second = await createPayment(SUCCEEDS, 700, orderId)
      expect((await f.t.services.payments.listForOrder(orderId)).map((p) => p.id)).toEqual([first.id, second.id])
      expect(await f.t.services.payments.listForOrder(newId('ord'))).toEqual([])
    })
  })

  describe('capture, void and refund', () => {
    it('captures part, then the rest, then refuses a third capture with 409', async () => {
      const payment = await authorized()
      const part = await f.t.services.payments.capture(payment.id, 4000, 'staff_ada')
      expect(part).toMatchObject({ status: 'partially_captured', capturedAmount: 4000 })
      const rest = await f.t.services.payments.capture(payment.id, undefined, 'staff_ada')
      expect(rest).toMatchObject({ status: 'captured', capturedAmount: 10_000 })
      expect(problemOf(await f.t.services.payments.capture(payment.id, 1, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      expect((await transactions(payment.id)).map((x) => [x.kind, x.amount, x.status, x.actor])).toEqual([
        ['authorize', 10_000, 'succeeded', 'system'],
        ['capture', 4000, 'succeeded', 'staff_ada'],
        ['capture', 6000, 'succeeded', 'staff_ada'],
      ])
      expect(await charge(await referenceOf(payment.id))).toMatchObject({ captured_amount: 10_000 })
      expect(f.seen.filter((s) => s.paymentId === payment.id).map((s) => s.change)).toEqual([
        { kind: 'authorized', from: 'pending', to: 'authorized', amount: 10_000, actor: 'system' },
        { kind: 'captured', from: 'authorized', to: 'partially_captured', amount: 4000, actor: 'staff_ada' },
        { kind: 'captured', from: 'partially_captured', to: 'captured', amount: 6000, actor: 'staff_ada' },
      ])
    })

    it('rejects a capture above what is authorized with 422 at /body/amount', async () => {
      const payment = await authorized()
      await f.t.services.payments.capture(payment.id, 7000, 'staff_ada')
      const refused = await f.t.services.payments.capture(payment.id, 3001, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(problemOf(await f.t.services.payments.capture(payment.id, 0, 'staff_ada').catch((e: unknown) => e)).pointer).toBe(
        '/body/amount',
      )
      expect((await f.t.services.payments.get(payment.id)).capturedAmount).toBe(7000)
    })

    it('rejects a refund above what was captured with 422 and changes nothing', async () => {
      const payment = await authorized()
      await f.t.services.payments.capture(payment.id, 6000, 'staff_ada')
      const before = await f.t.services.payments.get(payment.id)
      const history = await transactions(payment.id)
      const ledger = await charge(await referenceOf(payment.id))

      const refused = await f.t.services.payments.refund(payment.id, 6001, 'goodwill', 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(await f.t.services.payments.get(payment.id)).toEqual(before)
      expect(await transactions(payment.id)).toEqual(history)
      expect(await charge(await referenceOf(payment.id))).toEqual(ledger)
    })

    it('refunds part then the rest; a refunded payment takes no more refunds or captures', async () => {
      const payment = await authorized()
      await f.t.services.payments.capture(payment.id, undefined, 'staff_ada')
      const part = await f.t.services.payments.refund(payment.id, 2500, 'damaged item', 'staff_ada')
      expect(part).toMatchObject({ status: 'partially_refunded', refundedAmount: 2500 })
      const all = await f.t.services.payments.refund(payment.id, 7500, 'order returned', 'staff_ada')
      expect(all).toMatchObject({ status: 'refunded', refundedAmount: 10_000, capturedAmount: 10_000 })
      expect(problemOf(await f.t.services.payments.refund(payment.id, 1, 'again', 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      const refunds = (await transactions(payment.id)).filter((x) => x.kind === 'refund')
      expect(refunds.map((x) => [x.amount, x.reason, x.status])).toEqual([
        [2500, 'damaged item', 'succeeded'],
        [7500, 'order returned', 'succeeded'],
      ])
      expect(f.seen.filter((s) => s.paymentId === payment.id).at(-1)?.change).toEqual({
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
      await f.t.services.payments.capture(payment.id, 8000, 'staff_ada')
      const results = await Promise.allSettled([
        f.t.services.payments.refund(payment.id, 5000, 'race a', 'staff_a'),
        f.t.services.payments.refund(payment.id, 5000, 'race b', 'staff_b'),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!
      expect(problemOf(rejected.reason)).toEqual({ status: 422, type: 'validation', pointer: '/body/amount' })
      expect(await f.t.services.payments.get(payment.id)).toMatchObject({ refundedAmount: 5000, status: 'partially_refunded' })
      expect(await charge(await referenceOf(payment.id))).toMatchObject({ refunded_amount: 5000 })
      expect((await transactions(payment.id)).filter((x) => x.kind === 'refund')).toHaveLength(1)
    })

    it('lets racing captures take no more than the authorization', async () => {
      const payment = await authorized()
      const results = await Promise.allSettled(
        [4000, 4000, 4000].map((amount) => f.t.services.payments.capture(payment.id, amount, 'staff_ada')),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
      expect(await f.t.services.payments.get(payment.id)).toMatchObject({ capturedAmount: 8000, status: 'partially_captured' })
    })

    it('voids an authorization nothing was captured from, and then refuses to capture it (409)', async () => {
      const payment = await authorized()
      const voided = await f.t.services.payments.voidPayment(payment.id, 'staff_ada')
      expect(voided).toMatchObject({ status: 'voided', capturedAmount: 0 })
      expect((await charge(await referenceOf(payment.id))).status).toBe('voided')
      expect(problemOf(await f.t.services.payments.capture(payment.id, undefined, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
      expect(problemOf(await f.t.services.payments.voidPayment(payment.id, 'staff_ada').catch((e: unknown) => e)).status).toBe(409)
    })

    it('refuses to void a payment once anything was captured (409): refund it instead', async () => {
      const payment = await authorized()
      await f.t.services.payments.capture(payment.id, 100, 'staff_ada')
      const refused = await f.t.services.payments.voidPayment(payment.id, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toMatchObject({ status: 409, type: 'conflict' })
      expect((await f.t.services.payments.get(payment.id)).status).toBe('partially_captured')
      expect((await charge(await referenceOf(payment.id))).status).toBe('authorized')
    })

    it('voids a payment never authorized without asking the provider', async () => {
      const payment = await createPayment(SUCCEEDS)
      expect(await f.t.services.payments.voidPayment(payment.id, 'system')).toMatchObject({ status: 'voided' })
      expect(problemOf(await f.t.services.payments.authorize(payment.id).catch((e: unknown) => e)).status).toBe(409)
    })

    it('gives the hold back when the provider refuses on its own books (502), leaving the payment as it was', async () => {
      const payment = await authorized()
      const reference = await referenceOf(payment.id)
      // The processor's ledger disagrees with the shop's: it believes 9000 were captured already.
      await f.db.updateTable('test_provider_charge').set({ captured_amount: 9000 }).where('reference', '=', reference).execute()
      const refused = await f.t.services.payments.capture(payment.id, 5000, 'staff_ada').catch((e: unknown) => e)
      expect(problemOf(refused)).toMatchObject({ status: 502, type: 'payment-provider-error' })
      expect(await f.t.services.payments.get(payment.id)).toMatchObject({ status: 'authorized', capturedAmount: 0 })
      const held = await f.db
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
      expect(await f.t.services.payments.capture(payment.id, 1000, 'staff_ada')).toMatchObject({ capturedAmount: 1000 })
    })
  })

  describe('change listeners', () => {
    it('are called inside the transaction that records the change: they read the new status through it', async () => {
      const payment = await authorized()
      await f.t.services.payments.capture(payment.id, 10_000, 'staff_ada')
      expect(f.seen.filter((s) => s.paymentId === payment.id).map((s) => [s.change.kind, s.statusInTx])).toEqual([
        ['authorized', 'authorized'],
        ['captured', 'captured'],
      ])
    })

    it('undo the change when they throw: no status change, no event, and the payment can be authorized later', async () => {
      const created = await createPayment(SUCCEEDS)
      f.refusingOrders.add(created.orderId)
      await expect(f.t.services.payments.authorize(created.id)).rejects.toThrow('the order cannot take this payment change')
      expect(await f.t.services.payments.get(created.id)).toMatchObject({ status: 'pending', authorizedAmount: 0 })
      expect(await events(created.id)).toEqual([])
      expect((await transactions(created.id)).map((x) => [x.status, x.failureReason])).toEqual([['failed', 'not_recorded']])

      f.refusingOrders.delete(created.orderId)
      expect((await f.t.services.payments.authorize(created.id)).status).toBe('authorized')
      expect((await events(created.id)).map((e) => e.topic)).toEqual(['payment.completed'])
    })
  })
})
