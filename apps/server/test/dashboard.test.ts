import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { CARDS, checkout, openShop, readyCart, stockedVariant, tokenize, type Shop } from './shop.js'

interface Dashboard {
  timeZone: string
  today: {
    orders: number
    byCurrency: { currency: string; orders: number; sales: number; refunded: number; net: number; averageOrder: number }[]
  }
  month: Dashboard['today']
  daily: { date: string; orders: number; byCurrency: { currency: string; sales: number }[] }[]
  topProducts: { productId: string | null; title: string; units: number }[]
  lowStock: { variantId: string; available: number }[]
}

describe(`admin dashboard (${onBackends})`, () => {
  let t: TestApp
  let shop: Shop
  const totals: number[] = []
  let steady: { variantId: string; productId: string }
  let scarce: { variantId: string; productId: string }
  let plenty: { variantId: string; productId: string }
  let firstOrderId: string

  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
    steady = await stockedVariant(t, shop, 10, 1000)
    scarce = await stockedVariant(t, shop, 3, 2500)
    plenty = await stockedVariant(t, shop, 100, 500)
    for (const lines of [[{ variantId: steady.variantId, quantity: 2 }], [{ variantId: scarce.variantId, quantity: 1 }]]) {
      const res = await checkout(t, await readyCart(t, shop, lines), await tokenize(t))
      expect(res.statusCode, res.body).toBe(201)
      const order = res.json<{ order: { id: string; totals: { total: number } } }>().order
      totals.push(order.totals.total)
      firstOrderId ??= order.id
    }
    // A declined card is no sale.
    const declined = await checkout(
      t,
      await readyCart(t, shop, [{ variantId: plenty.variantId, quantity: 1 }]),
      await tokenize(t, CARDS.declined),
    )
    expect(declined.statusCode).toBe(402)
  })
  afterAll(() => t?.close())

  const dashboard = async (query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/admin/dashboard${query}`, headers: shop.owner.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Dashboard>()
  }

  it("counts today's and this month's paid orders, their sales and average, per currency", async () => {
    const figures = await dashboard()
    const sales = totals[0]! + totals[1]!
    for (const period of [figures.today, figures.month]) {
      expect(period.orders).toBe(2)
      expect(period.byCurrency).toEqual([
        { currency: 'USD', orders: 2, sales, refunded: 0, net: sales, averageOrder: Math.round(sales / 2) },
      ])
    }
    expect(figures.daily).toHaveLength(30)
    expect(figures.daily.at(-1)).toMatchObject({ orders: 2, byCurrency: [{ currency: 'USD', sales }] })
    expect(figures.daily.slice(0, -1).every((d) => d.orders === 0)).toBe(true)
    expect(figures.topProducts[0]).toMatchObject({ productId: steady.productId, units: 2 })
    expect(figures.topProducts[1]).toMatchObject({ productId: scarce.productId, units: 1 })
  })

  it('lists stock at or below the threshold, lowest first, and not the variants that have plenty', async () => {
    const figures = await dashboard('?lowStockAtOrBelow=5')
    const scarceRow = figures.lowStock.find((row) => row.variantId === scarce.variantId)
    expect(scarceRow?.available).toBe(2)
    expect(figures.lowStock.some((row) => row.variantId === plenty.variantId)).toBe(false)
    expect(figures.lowStock.some((row) => row.variantId === steady.variantId)).toBe(false)
    expect((await dashboard('?lowStockAtOrBelow=8')).lowStock.some((row) => row.variantId === steady.variantId)).toBe(true)
  })

  it('takes refunds off the net', async () => {
    const capture = await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${firstOrderId}/capture`,
      headers: shop.owner.headers,
      payload: {},
    })
    expect(capture.statusCode, capture.body).toBe(200)
    const refund = await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${firstOrderId}/refunds`,
      headers: shop.owner.headers,
      payload: { amount: 300, reason: 'scuffed box' },
    })
    expect(refund.statusCode, refund.body).toBeLessThan(300)
    const [usd] = (await dashboard()).month.byCurrency
    expect(usd).toMatchObject({ refunded: 300, net: totals[0]! + totals[1]! - 300 })
  })

  it('reads "today" in the time zone asked for, and refuses one it does not know', async () => {
    expect((await dashboard('?timeZone=Pacific/Kiritimati')).timeZone).toBe('Pacific/Kiritimati')
    const unknown = await t.app.inject({ method: 'GET', url: '/admin/dashboard?timeZone=Mars/Olympus_Mons', headers: shop.owner.headers })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/query/timeZone')
    const malformed = await t.app.inject({ method: 'GET', url: '/admin/dashboard?timeZone=UTC;drop', headers: shop.owner.headers })
    expect(malformed.statusCode).toBe(422)
  })
})
