import type { CheckoutLoad } from './checkout-load.js'
import type { CpuShares, ServerTimings } from './checkout-probes.js'
import type { DatabaseActivity } from './database-activity.js'
import type { ProfileSummary } from './profile.js'

/** The final stock check: what the database holds after the run against what was sold. */
export interface StockCheck {
  ok: boolean
  /** "no oversell: OK", or the discrepancies. */
  verdict: string
  problems: string[]
  variants: number
  /** Units in the live (not canceled) orders placed since the stock was set, over every variant used. */
  soldUnits: number
  /** Growth of `reserved` over the same variants. */
  reservedUnits: number
  ordersByStatus: Record<string, number>
  /** Orders the shoppers were answered 201 for (warm-up and profiled runs included). */
  clientOrders: number
  /** Checkouts whose answer never came (their outcome is known only to the database). */
  clientUnknown: number
  scarce: { units: number; sold: number; reservedAfter: number; onHandAfter: number }
}

export interface CheckoutResult extends CheckoutLoad {
  title: string
  shoppers: number
  scarceShare: number
  poolVariants: number
  poolStock: number
  scarceUnits: number
  cpu?: CpuShares
  /** Orders per CPU-second of the server and (PostgreSQL) its database backends together. */
  ordersPerCpuSecond: number | null
  /** Requests of the flow per second over hello-world's, and the same per server CPU-second. */
  ratioToHello: number | null
  ratioPerCpu: number | null
  serverTimings?: ServerTimings
  database?: DatabaseActivity
  stock?: StockCheck
  profile?: { file: string; summary: ProfileSummary }
}

const num = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const pct = (ratio: number | null) => (ratio === null ? '?' : `${num(ratio * 100, 1)} %`)

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** Cores the rest of the machine used meanwhile: other people's work on a shared box. */
function others(cpu: CpuShares): string {
  const ours = (cpu.server ?? 0) + (cpu.database ?? 0) + cpu.client + (cpu.redis ?? 0)
  return num(Math.max(0, cpu.machine - ours), 2)
}

export function refusals(c: CheckoutLoad): string {
  const other = Object.entries(c.otherNon2xx).map(([key, n]) => `${n} × ${key}`)
  return [`${num(c.outOfStock)} × 409 out-of-stock`, ...other, ...(c.errors ? [`${c.errors} errors/timeouts`] : [])].join(', ')
}

/** One line per backend: throughput, refusals, CPU and the stock check. */
export function formatCheckoutSummary(rows: { label: string; checkout: CheckoutResult }[]): string {
  return table(
    [
      'backend',
      'shoppers',
      'orders/s',
      'flow req/s',
      'vs hello',
      'vs hello per CPU-s',
      'cores: server + db, client, others',
      'waiting for a core: server, db',
      'orders per CPU-s',
      'refusals',
      'stock check',
    ],
    rows.map(({ label, checkout: c }) => [
      label,
      String(c.shoppers),
      num(c.ordersPerSecond, 1),
      num(c.requestsPerSecond),
      pct(c.ratioToHello),
      pct(c.ratioPerCpu),
      c.cpu ? `${c.cpu.server ?? '?'} + ${c.cpu.database ?? '-'}, ${c.cpu.client}, ${others(c.cpu)}` : '?',
      c.cpu ? `${c.cpu.waiting.server}, ${c.cpu.waiting.database ?? '-'}` : '?',
      c.ordersPerCpuSecond === null ? '?' : num(c.ordersPerCpuSecond, 1),
      refusals(c),
      c.stock ? (c.stock.ok ? 'no oversell: OK' : `DISCREPANCY (${c.stock.problems.length}, below)`) : 'not checked',
    ]),
    [false, true, true, true, true, true, false, false, true, false, false],
  )
}

/** Latency per step, as the shoppers saw it and as the server timed itself. */
export function formatCheckoutSteps(rows: { label: string; checkout: CheckoutResult }[]): string {
  const out: string[][] = []
  for (const { label, checkout: c } of rows) {
    const inServer = (route: string) => c.serverTimings?.routes.find((r) => r.route === route)?.meanMs
    const routes: Record<string, string> = {
      'create cart': 'POST /store/carts',
      'add item': 'POST /store/carts/:cartId/items',
      'set details': 'PATCH /store/carts/:cartId',
      tokenize: 'POST /store/payments/tokens',
      checkout: 'POST /store/checkout',
    }
    for (const s of c.steps) {
      const server = inServer(routes[s.step]!)
      out.push([
        label,
        s.step,
        num(s.requests),
        num(s.p50Ms, 1),
        num(s.p99Ms, 1),
        num(s.meanMs, 1),
        server === undefined ? '?' : num(server, 1),
      ])
    }
    out.push([
      label,
      'checkout, 201 only',
      num(c.placed.requests),
      num(c.placed.p50Ms, 1),
      num(c.placed.p99Ms, 1),
      num(c.placed.meanMs, 1),
      '',
    ])
    out.push([
      label,
      'whole flow (7 requests)',
      num(c.flow.requests),
      num(c.flow.p50Ms, 1),
      num(c.flow.p99Ms, 1),
      num(c.flow.meanMs, 1),
      '',
    ])
  }
  return table(['backend', 'step', 'requests', 'p50 ms', 'p99 ms', 'mean ms', 'mean ms in server'], out, [
    false,
    false,
    true,
    true,
    true,
    true,
    true,
  ])
}

/** The stock check in full, and what the server and the database were doing: event-loop delay, sessions by state, work per order. */
export function formatCheckoutInsides(rows: { label: string; checkout: CheckoutResult }[]): string {
  const lines: string[] = []
  for (const { label, checkout: c } of rows) {
    if (c.stock) lines.push(`${label}: stock check: ${c.stock.verdict}`)
    const t = c.serverTimings
    if (t) lines.push(`${label}: server event-loop delay mean ${t.eventLoopLagMeanMs ?? '?'} ms, p99 ${t.eventLoopLagP99Ms ?? '?'} ms`)
    const d = c.database
    if (d) {
      const per = (n: number | null) => (n === null || c.orders === 0 ? '?' : num(n / c.orders, 1))
      const sessions = Object.entries(d.sessions)
        .map(([state, n]) => `${state} ${num(n, 2)}`)
        .join(', ')
      lines.push(`${label}: database sessions (mean of ${d.samples} samples): ${sessions}`)
      for (const s of d.statements) lines.push(`    ${num(s.sessions, 2).padStart(5)}  ${s.state.padEnd(19)}  ${s.statement}`)
      lines.push(
        `${label}: per order: ${per(d.commits)} commits, ${per(d.rollbacks)} rollbacks, ${per(d.rowsWritten)} rows written; ` +
          `cluster-wide WAL ${per(d.walSyncs)} syncs and ${d.walBytes === null || c.orders === 0 ? '?' : num(d.walBytes / c.orders / 1024, 1)} KiB per order; deadlocks ${d.deadlocks}`,
      )
      const scans = d.tables.reduce((sum, t) => sum + t.scans, 0)
      const tables = d.tables
        .slice(0, 12)
        .map((t) => `${t.table} ${per(t.writes)}w/${per(t.scans)}s`)
        .join(', ')
      lines.push(`${label}: per order, ${per(scans)} table scans; rows written (w) and scans (s) by table: ${tables}`)
    }
  }
  return lines.join('\n')
}
