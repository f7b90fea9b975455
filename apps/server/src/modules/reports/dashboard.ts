import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'

/** Orders that count as sales: paid for (authorized or captured), not canceled. */
const SOLD = sql`o.status in ('confirmed', 'completed')`

export interface CurrencyFigures {
  currency: string
  orders: number
  /** Order totals, in minor units. */
  sales: number
  /** Refunded so far on those orders. */
  refunded: number
  /** sales − refunded */
  net: number
  /** sales ÷ orders, rounded to the minor unit. */
  averageOrder: number
}

export interface PeriodFigures {
  orders: number
  byCurrency: CurrencyFigures[]
}

export interface DashboardFigures {
  timeZone: string
  today: PeriodFigures
  month: PeriodFigures
  /** The last 30 days in the shop's time zone, oldest first, days without orders included. */
  daily: { date: string; orders: number; byCurrency: { currency: string; sales: number }[] }[]
  /** This month's best sellers by units. */
  topProducts: { productId: string | null; title: string; units: number }[]
  /** Variants of active products whose stock is at or below the threshold (and that do not sell on backorder). */
  lowStock: { variantId: string; productId: string; productTitle: string; variantTitle: string; sku: string | null; available: number }[]
}

const zonesOf = new WeakMap<Db, Promise<Set<string>>>()

/**
 * Whether the database knows the time zone (an unknown one is a 422, not a 500). pg_timezone_names
 * reads the zone files on every query, so its names are read once per database and kept.
 */
export async function isKnownTimeZone(db: Db, timeZone: string): Promise<boolean> {
  let zones = zonesOf.get(db)
  if (!zones) {
    zones = sql<{ name: string }>`select name from pg_timezone_names`.execute(db).then(({ rows }) => new Set(rows.map((r) => r.name)))
    zonesOf.set(db, zones)
    zones.catch(() => zonesOf.delete(db))
  }
  return (await zones).has(timeZone)
}

/**
 * The figures a merchant opens the back office for, computed by the database in one read each:
 * today and this month (midnight and the 1st in the shop's time zone), a 30-day series for the
 * chart, best sellers, and stock running out.
 */
export async function dashboardFigures(
  db: Db,
  options: { timeZone: string; lowStockAtOrBelow: number; top: number },
): Promise<DashboardFigures> {
  const { timeZone } = options
  const startOf = (unit: 'day' | 'month') => sql`(date_trunc(${unit}, now() at time zone ${timeZone}) at time zone ${timeZone})`

  const period = async (unit: 'day' | 'month'): Promise<PeriodFigures> => {
    const { rows } = await sql<{ currency: string; orders: string; sales: string; refunded: string }>`
      select o.currency, count(*) as orders, coalesce(sum(o.total), 0) as sales,
             coalesce(sum((select coalesce(sum(p.refunded_amount), 0) from payment p where p.order_id = o.id)), 0) as refunded
      from orders o
      where ${SOLD} and o.placed_at >= ${startOf(unit)}
      group by o.currency
      order by o.currency`.execute(db)
    const byCurrency = rows.map((r) => {
      const orders = Number(r.orders)
      const sales = Number(r.sales)
      const refunded = Number(r.refunded)
      return { currency: r.currency, orders, sales, refunded, net: sales - refunded, averageOrder: orders ? Math.round(sales / orders) : 0 }
    })
    return { orders: byCurrency.reduce((n, c) => n + c.orders, 0), byCurrency }
  }

  const [today, month] = [await period('day'), await period('month')]

  const { rows: days } = await sql<{ date: string; currency: string | null; orders: string; sales: string }>`
    with days as (
      select to_char(d, 'YYYY-MM-DD') as date
      from generate_series(date_trunc('day', now() at time zone ${timeZone}) - interval '29 days',
                           date_trunc('day', now() at time zone ${timeZone}), interval '1 day') as d
    ),
    sold as (
      select to_char(o.placed_at at time zone ${timeZone}, 'YYYY-MM-DD') as date, o.currency, count(*) as orders, sum(o.total) as sales
      from orders o
      where ${SOLD} and o.placed_at >= ${startOf('day')} - interval '29 days'
      group by 1, 2
    )
    select days.date, sold.currency, coalesce(sold.orders, 0) as orders, coalesce(sold.sales, 0) as sales
    from days left join sold on sold.date = days.date
    order by days.date, sold.currency`.execute(db)
  const daily: DashboardFigures['daily'] = []
  for (const row of days) {
    let day = daily.at(-1)
    if (day?.date !== row.date) daily.push((day = { date: row.date, orders: 0, byCurrency: [] }))
    if (row.currency) {
      day.orders += Number(row.orders)
      day.byCurrency.push({ currency: row.currency, sales: Number(row.sales) })
    }
  }

  const { rows: top } = await sql<{ product_id: string | null; title: string; units: string }>`
    select l.product_id, min(l.title) as title, sum(l.quantity) as units
    from order_line l join orders o on o.id = l.order_id
    where ${SOLD} and o.placed_at >= ${startOf('month')}
    group by l.product_id
    order by units desc, title
    limit ${options.top}`.execute(db)

  const { rows: low } = await sql<{
    variant_id: string
    product_id: string
    product_title: string
    variant_title: string
    sku: string | null
    available: string
  }>`
    select v.id as variant_id, p.id as product_id, p.title as product_title, v.title as variant_title, v.sku,
           coalesce(sum(i.on_hand - i.reserved), 0) as available
    from variant v
    join product p on p.id = v.product_id and p.status = 'active'
    left join inventory_level i on i.variant_id = v.id
    group by v.id, p.id
    having not coalesce(bool_or(i.allow_backorder), false) and coalesce(sum(i.on_hand - i.reserved), 0) <= ${options.lowStockAtOrBelow}
    order by available, p.title, v.title
    limit 20`.execute(db)

  return {
    timeZone,
    today,
    month,
    daily,
    topProducts: top.map((r) => ({ productId: r.product_id, title: r.title, units: Number(r.units) })),
    lowStock: low.map((r) => ({
      variantId: r.variant_id,
      productId: r.product_id,
      productTitle: r.product_title,
      variantTitle: r.variant_title,
      sku: r.sku,
      available: Number(r.available),
    })),
  }
}
