import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../src/platform/ids.js'
import { sha256 } from '../src/platform/crypto.js'
import { SUCCEEDS, MASTERCARD, CVC, problemOf, paymentsFixture } from './payment-fixtures.js'
import { onBackends } from './test-app.js'

describe(`${onBackends}: payment card tokens`, () => {
  const f = paymentsFixture()
  const { tokenize, tokenFor } = f
  beforeAll(() => f.start())
  afterAll(() => f.close())

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
      const row = await f.db.selectFrom('payment_token').selectAll().where('token_hash', '=', sha256(body.token)).executeTakeFirstOrThrow()
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
      const broken = await f.t.app.inject({
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
        f.db
          .transaction()
          .execute((tx) => f.t.services.payments.createPayment(tx, { orderId, amount: 500, currency: 'USD', token: paymentToken }))

      // A checkout that rolls back leaves its token unspent.
      await expect(
        f.db.transaction().execute(async (tx) => {
          await f.t.services.payments.createPayment(tx, { orderId: newId('ord'), amount: 500, currency: 'USD', token })
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
      await f.db
        .updateTable('payment_token')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('token_hash', '=', sha256(stale))
        .execute()
      expect(problemOf(await pay(newId('ord'), stale).catch((error: unknown) => error)).pointer).toBe('/body/paymentToken')
    })
  })
})
