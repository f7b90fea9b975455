import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { EVERY_PAN, CVC, paymentsFixture } from './payment-fixtures.js'
import { onBackends } from './test-app.js'

describe(`${onBackends}: card data at rest and in logs`, () => {
  const f = paymentsFixture()
  const { tokenize, createPayment } = f
  beforeAll(() => f.start())
  afterAll(() => f.close())

  describe('card data', () => {
    it('appears in no table and no log line: no card number, spaced or not, and no CVC', async () => {
      // Every path a card number can travel: refused forms, tokens, each test card's authorization
      // (the challenge through the provider's page and webhook), captures, refunds and voids.
      const spaced = (pan: string) => pan.replace(/(\d{4})/g, '$1 ').trim()
      for (const pan of EVERY_PAN) {
        const wrongCheckDigit = pan.slice(0, -1) + String((Number(pan.at(-1)) + 1) % 10)
        expect((await tokenize(wrongCheckDigit)).statusCode).toBe(422)
        expect((await tokenize(pan, { pan })).statusCode).toBe(400)
        expect((await tokenize(pan, { expYear: 2001 })).statusCode).toBe(422)
        const broken = await f.t.app.inject({
          method: 'POST',
          url: '/store/payments/tokens',
          headers: { 'content-type': 'application/json' },
          payload: `{"number":"${spaced(pan)}","cvc":"${CVC}"`,
        })
        expect(broken.statusCode).toBe(400)

        for (const number of [pan, spaced(pan)]) {
          let payment = await f.t.services.payments.authorize((await createPayment(number)).id)
          if (payment.nextAction) {
            const answer = await f.t.app.inject({
              method: 'POST',
              url: new URL(payment.nextAction.url).pathname,
              payload: { approve: true },
            })
            expect(answer.statusCode).toBe(200)
            payment = await f.t.services.payments.get(payment.id)
          }
          if (payment.status !== 'authorized') continue
          if (number === pan) {
            await f.t.services.payments.capture(payment.id, 5000, 'staff_ada')
            await f.t.services.payments.refund(payment.id, 1000, 'search', 'staff_ada')
          } else await f.t.services.payments.voidPayment(payment.id, 'staff_ada')
        }
      }
      const tables = await sql<{ table_name: string }>`
        select distinct table_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
        order by table_name`.execute(f.db)
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['payment', 'payment_token', 'payment_transaction', 'outbox_event']),
      )
      let dump = ''
      for (const { table_name } of tables.rows) {
        const columns = await sql<{ column_name: string }>`
          select column_name from information_schema.columns
          where table_schema = 'public' and table_name = ${table_name}
            and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`.execute(f.db)
        const select = sql.join(columns.rows.map((c) => sql`coalesce(${sql.ref(c.column_name)}::text, '')`))
        const rows = await sql<{ line: string }>`select concat_ws('|', ${select}) as line from ${sql.table(table_name)}`.execute(f.db)
        dump += rows.rows.map((r) => `${table_name}|${r.line}`).join('\n') + '\n'
      }
      expect(dump).toContain('4242')
      const logs = f.logLines.join('')
      expect(logs).toContain('/store/payments/tokens')

      for (const [where, text] of [
        ['database', dump],
        ['logs', logs],
      ] as const) {
        for (const pan of EVERY_PAN) {
          expect(text, `${where}: ${pan}`).not.toContain(pan)
          expect(text, `${where}: ${pan} spaced`).not.toContain(pan.replace(/(\d{4})/g, '$1 ').trim())
        }
        // As a word: ids are random letters and digits, and "...8CVC2..." inside one is no field name.
        expect(text, `${where}: cvc`).not.toMatch(/\bcvc\b/i)
        // The CVC as a whole value: a text column or a JSON string equal to it. (Bare numbers are not
        // searched: a log line's pid, port or timing may be 9173 by chance; a leaked form field would
        // be a string, and its name is checked above.)
        expect(text, `${where}: ${CVC}`).not.toMatch(new RegExp(`(^|[|"])${CVC}($|[|"])`, 'm'))
      }
    })
  })
})
