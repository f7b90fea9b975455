import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Db } from '../../platform/db/database.js'
import { Problem } from '../../problems.js'
import { dashboardFigures, isKnownTimeZone } from './dashboard.js'

const MinorUnits = Type.Integer()
const CurrencyFigures = Type.Object({
  currency: Type.String(),
  orders: Type.Integer(),
  sales: MinorUnits,
  refunded: MinorUnits,
  net: MinorUnits,
  averageOrder: MinorUnits,
})
const PeriodFigures = Type.Object({ orders: Type.Integer(), byCurrency: Type.Array(CurrencyFigures) })

const DashboardView = Type.Object({
  timeZone: Type.String(),
  today: PeriodFigures,
  month: PeriodFigures,
  daily: Type.Array(
    Type.Object({
      date: Type.String({ format: 'date' }),
      orders: Type.Integer(),
      byCurrency: Type.Array(Type.Object({ currency: Type.String(), sales: MinorUnits })),
    }),
    { maxItems: 30 },
  ),
  topProducts: Type.Array(
    Type.Object({ productId: Type.Union([Type.String(), Type.Null()]), title: Type.String(), units: Type.Integer() }),
    {
      maxItems: 20,
    },
  ),
  lowStock: Type.Array(
    Type.Object({
      variantId: Type.String(),
      productId: Type.String(),
      productTitle: Type.String(),
      variantTitle: Type.String(),
      sku: Type.Union([Type.String(), Type.Null()]),
      available: Type.Integer(),
    }),
    { maxItems: 20 },
  ),
})

const DashboardQuery = Type.Object({
  timeZone: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$',
      description: 'IANA time zone of "today" and "this month"; default UTC',
    }),
  ),
  lowStockAtOrBelow: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, description: 'Stock level that counts as low; default 5' })),
  top: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'How many best sellers; default 5' })),
})

export const reportRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/dashboard',
    {
      schema: {
        tags: ['reports'],
        summary: "Today's and this month's orders, sales and average order per currency, a 30-day series, best sellers and low stock",
        querystring: DashboardQuery,
        response: { 200: DashboardView },
      },
      config: { auth: { staff: 'orders:read' } },
    },
    async (req) => {
      const timeZone = req.query.timeZone ?? 'UTC'
      if (!(await isKnownTimeZone(db, timeZone)))
        throw new Problem({
          type: 'validation',
          detail: `Unknown time zone ${timeZone}`,
          errors: [{ pointer: '/query/timeZone', detail: 'Use an IANA time zone name, such as Europe/Berlin' }],
        })
      return dashboardFigures(db, { timeZone, lowStockAtOrBelow: req.query.lowStockAtOrBelow ?? 5, top: req.query.top ?? 5 })
    },
  )
}
