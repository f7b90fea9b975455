import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Problem } from '../src/problems.js'
import { requestHash } from '../src/platform/idempotency/idempotency.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'

describe(`${onBackends}: idempotency keys`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('runs the work once for 20 racing retries and gives every one the first answer', async () => {
    let runs = 0
    const work = async () => {
      runs++
      await new Promise((r) => setTimeout(r, 50))
      return { statusCode: 201, body: { orderId: `ord_${runs}` } }
    }
    const hash = requestHash({ cart: 'cart_1' })
    const results = await Promise.all(Array.from({ length: 20 }, () => t.services.idempotency.run('customer:1', 'key-race', hash, work)))
    expect(runs).toBe(1)
    expect(new Set(results.map((r) => JSON.stringify(r.body)))).toEqual(new Set([JSON.stringify({ orderId: 'ord_1' })]))
    expect(results.filter((r) => !r.replayed)).toHaveLength(1)
    expect(results.every((r) => r.statusCode === 201)).toBe(true)
  })

  it('refuses the same key with a different body, and keeps keys apart per scope', async () => {
    const work = async () => ({ statusCode: 200, body: { ok: true } })
    await t.services.idempotency.run('customer:2', 'key-body', requestHash({ a: 1 }), work)
    await expect(t.services.idempotency.run('customer:2', 'key-body', requestHash({ a: 2 }), work)).rejects.toMatchObject({ status: 422 })
    const other = await t.services.idempotency.run('customer:3', 'key-body', requestHash({ a: 2 }), work)
    expect(other.replayed).toBe(false)
  })

  it('stores a refusal like an answer, but frees the key after an unexpected failure', async () => {
    const hash = requestHash({})
    const refuse = async (): Promise<{ statusCode: number; body: unknown }> => {
      throw new Problem({ type: 'out-of-stock', detail: 'gone' })
    }
    const first = await t.services.idempotency.run('customer:4', 'key-refused', hash, refuse)
    expect(first.statusCode).toBe(409)
    const retry = await t.services.idempotency.run('customer:4', 'key-refused', hash, async () => ({ statusCode: 201, body: {} }))
    expect(retry).toMatchObject({ statusCode: 409, replayed: true })

    await expect(
      t.services.idempotency.run('customer:4', 'key-crash', hash, async () => {
        throw new Error('database went away')
      }),
    ).rejects.toThrow('database went away')
    const again = await t.services.idempotency.run('customer:4', 'key-crash', hash, async () => ({
      statusCode: 201,
      body: { second: true },
    }))
    expect(again).toMatchObject({ statusCode: 201, body: { second: true }, replayed: false })
  })
})
