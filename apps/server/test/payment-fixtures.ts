import { Writable } from 'node:stream'
import { sql } from 'kysely'
import { pino } from 'pino'
import { expect } from 'vitest'
import { newId } from '../src/platform/ids.js'
import type { Db } from '../src/platform/db/database.js'
import type { PaymentChange } from '../src/modules/payments/service.js'
import { resolveWebhookSecret } from '../src/modules/payments/webhook-secret.js'
import { createTestApp, type TestApp } from './test-app.js'

export const SUCCEEDS = '4242424242424242'
export const DECLINED = '4000000000000002'
export const NO_FUNDS = '4000000000009995'
export const CHALLENGE = '4000000000003220'
export const MASTERCARD = '5555555555554444'
export const AMEX = '378282246310005'
export const EVERY_PAN = [SUCCEEDS, DECLINED, NO_FUNDS, CHALLENGE, MASTERCARD, AMEX]
/** One CVC for every card in the payment tests, so a search for it is exact. */
export const CVC = '9173'

/** The parts of a thrown Problem a test compares. */
export function problemOf(error: unknown) {
  const e = error as { status: number; type: string; errors?: { pointer: string }[] }
  return { status: e.status, type: e.type, pointer: e.errors?.[0]?.pointer }
}

/**
 * A test app for payments with what the payment tests share: shortcuts through the token route
 * and the service, a change listener that records what it saw, and the app's log lines.
 * Call `start` in beforeAll and `close` in afterAll.
 */
export function paymentsFixture() {
  let app: TestApp | undefined
  const logLines: string[] = []
  /** Every change the listener saw, with the status it read through the listener's own transaction. */
  const seen: { paymentId: string; change: PaymentChange; statusInTx: string }[] = []
  /** Orders whose listener refuses the change, as an order that cannot take it would. */
  const refusingOrders = new Set<string>()

  const fixture = {
    logLines,
    seen,
    refusingOrders,
    get t(): TestApp {
      if (!app) throw new Error('call start() in beforeAll first')
      return app
    },
    get db(): Db {
      return fixture.t.services.database.db
    },
    get secret(): string {
      return resolveWebhookSecret(fixture.t.services.config)
    },

    async start() {
      app = await createTestApp({ LOG_LEVEL: 'trace', PAYMENT_TOKENS_PER_IP: '100' })
      // Everything the app logs from here on (requests, errors, services) lands in logLines.
      const logger = app.services.logger as unknown as Record<symbol, unknown>
      logger[pino.symbols.streamSym] = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) })
      const payments = app.services.payments
      payments.onChange(async (tx, payment, change) => {
        if (refusingOrders.has(payment.orderId)) throw new Error('the order cannot take this payment change')
        seen.push({ paymentId: payment.id, change, statusInTx: (await payments.get(payment.id, tx)).status })
      })
    },
    close: () => app?.close(),

    tokenize: (number: string, overrides: Record<string, unknown> = {}, remoteAddress?: string) =>
      fixture.t.app.inject({
        method: 'POST',
        url: '/store/payments/tokens',
        payload: { number, cvc: CVC, expMonth: 12, expYear: new Date().getUTCFullYear() + 3, ...overrides },
        ...(remoteAddress && { remoteAddress }),
      }),

    async tokenFor(number: string) {
      const res = await fixture.tokenize(number)
      expect(res.statusCode, res.body).toBe(201)
      return res.json<{ token: string }>().token
    },

    /** A pending payment for a made-up order, created the way checkout does: inside a transaction. */
    async createPayment(number: string, amount = 10_000, orderId = newId('ord')) {
      const token = await fixture.tokenFor(number)
      return fixture.db
        .transaction()
        .execute((tx) => fixture.t.services.payments.createPayment(tx, { orderId, amount, currency: 'USD', token }))
    },

    async authorized(number = SUCCEEDS, amount = 10_000) {
      const payment = await fixture.t.services.payments.authorize((await fixture.createPayment(number, amount)).id)
      expect(payment.status).toBe('authorized')
      return payment
    },

    /** The outbox events about a payment, oldest first. */
    async events(paymentId: string) {
      const rows = await fixture.db
        .selectFrom('outbox_event')
        .select(['topic', 'version', 'payload'])
        .where(sql<string>`payload->>'paymentId'`, '=', paymentId)
        .orderBy('created_at')
        .execute()
      return rows.map((e) => ({ topic: e.topic, version: e.version, payload: e.payload as Record<string, unknown> }))
    },

    transactions: (paymentId: string) => fixture.t.services.payments.transactions(paymentId),

    /** The test provider's own ledger row. */
    charge: (reference: string) =>
      fixture.db.selectFrom('test_provider_charge').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow(),

    async referenceOf(paymentId: string) {
      const row = await fixture.db.selectFrom('payment').select('provider_reference').where('id', '=', paymentId).executeTakeFirstOrThrow()
      return row.provider_reference!
    },

    deliver: (rawBody: string, headers: Record<string, string>, provider = 'test') =>
      fixture.t.app.inject({ method: 'POST', url: `/store/payments/webhooks/${provider}`, payload: rawBody, headers }),

    /** An event as the test provider sends it about one of its charges. */
    chargeEvent: (reference: string, type: 'charge.authorized' | 'charge.failed', id = newId('tevt')) => ({
      id,
      type,
      created: Math.floor(Date.now() / 1000),
      data: { reference, amount: 10_000, currency: 'USD', failureReason: type === 'charge.failed' ? 'authentication_failed' : null },
    }),
  }
  return fixture
}

export type PaymentsFixture = ReturnType<typeof paymentsFixture>
