/**
 * The checkout scenario's load: N shoppers, each going through the store's checkout flow in a
 * loop (create a cart, add three items, set email, address and shipping, tokenize a test card,
 * check out), on keep-alive connections to 127.0.0.1. Every request is timed on its own, from
 * the call to the last byte of the answer, so each step gets its own latency.
 *
 * node:http rather than autocannon: autocannon reports one latency for a whole request
 * sequence, and a step depends on the answer to the one before (the cart id, the token).
 */
import { randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

export const STEPS = ['create cart', 'add item', 'set details', 'tokenize', 'checkout'] as const
export type Step = (typeof STEPS)[number]

export interface CheckoutPlan {
  origin: string
  regionId: string
  shippingOptionId: string
  countryCode: string
  /** Variants with plenty of stock; each cart takes distinct ones. */
  pool: string[]
  scarce: string
  /** Share of carts that hold the scarce variant as one of their three items. */
  scarceShare: number
}

export interface ShopperSettings {
  shoppers: number
  warmupSeconds: number
  durationSeconds: number
}

export interface Latency {
  requests: number
  p50Ms: number
  p99Ms: number
  meanMs: number
  maxMs: number
}

export interface StepLatency extends Latency {
  step: Step
}

export interface CheckoutLoad {
  /** Length of the measured window; every figure below but `whole` is counted in it. */
  seconds: number
  orders: number
  ordersPerSecond: number
  /** All requests of the flow, every step. */
  requestsPerSecond: number
  steps: StepLatency[]
  /** The checkouts that became orders (201) only. */
  placed: Latency
  /** A whole successful flow, from creating the cart to the order. */
  flow: Latency
  /** Checkouts refused with 409 out-of-stock. */
  outOfStock: number
  /** Every other answer outside 2xx, keyed "step status problem-type". */
  otherNon2xx: Record<string, number>
  /** Network errors and timeouts. */
  errors: number
  /** Checkouts of carts that held the scarce variant, and how many became orders. */
  scarce: { attempts: number; orders: number }
  /** Status of the orders placed (confirmed once the test card is authorized). */
  orderStatuses: Record<string, number>
  /** The whole run, warm-up included: what the client saw, for the stock check. */
  whole: { orders: number; units: Record<string, number>; outOfStock: number; unknownOutcome: number }
}

interface Answer {
  status: number
  body: Buffer
  endedAt: number
  ms: number
}

const TIMEOUT_MS = 30_000
const ITEMS_PER_CART = 3

export function summarize(samples: number[]): Latency {
  if (samples.length === 0) return { requests: 0, p50Ms: 0, p99Ms: 0, meanMs: 0, maxMs: 0 }
  const sorted = Float64Array.from(samples).sort()
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!
  const round = (ms: number) => Math.round(ms * 10) / 10
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length
  return { requests: sorted.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), meanMs: round(mean), maxMs: round(sorted.at(-1)!) }
}

/** `count` distinct items of `from`, at random. */
function pick(from: string[], count: number): string[] {
  const chosen = new Set<string>()
  while (chosen.size < count) chosen.add(from[Math.floor(Math.random() * from.length)]!)
  return [...chosen]
}

const problemType = (body: Buffer) => {
  try {
    return String((JSON.parse(body.toString('utf8')) as { type?: string }).type ?? '').replace(/^.*\//, '')
  } catch {
    return ''
  }
}

/** Runs the shoppers for warm-up + duration seconds; `onWindow` is called as the measured window opens and closes. */
export async function runShoppers(
  plan: CheckoutPlan,
  settings: ShopperSettings,
  onWindow: { open?: () => void; close?: () => void } = {},
): Promise<CheckoutLoad> {
  const origin = new URL(plan.origin)
  if (origin.hostname !== '127.0.0.1') throw new Error(`load only goes to 127.0.0.1, not ${plan.origin}`)
  if (plan.pool.length < ITEMS_PER_CART) throw new Error('the pool needs at least three variants')
  const agent = new Agent({ keepAlive: true, maxSockets: settings.shoppers })
  const started = performance.now()
  const windowFrom = started + settings.warmupSeconds * 1000
  const windowTo = windowFrom + settings.durationSeconds * 1000
  const inWindow = (at: number) => at >= windowFrom && at <= windowTo
  // Each edge fires once: from its timer, or at the end should the shoppers finish first.
  const edges = { opened: false, closed: false }
  const open = () => {
    if (edges.opened) return
    edges.opened = true
    onWindow.open?.()
  }
  const close = () => {
    if (edges.closed) return
    edges.closed = true
    onWindow.close?.()
  }
  const timers = [setTimeout(open, windowFrom - started), setTimeout(close, windowTo - started)]

  const samples = new Map<Step, number[]>(STEPS.map((step) => [step, []]))
  const placed: number[] = []
  const flows: number[] = []
  const otherNon2xx: Record<string, number> = {}
  const orderStatuses: Record<string, number> = {}
  const scarce = { attempts: 0, orders: 0 }
  const whole = { orders: 0, units: {} as Record<string, number>, outOfStock: 0, unknownOutcome: 0 }
  let orders = 0
  let outOfStock = 0
  let errors = 0
  const expYear = new Date().getFullYear() + 2

  function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const begun = performance.now()
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: origin.hostname,
          port: origin.port,
          method,
          path,
          agent,
          timeout: TIMEOUT_MS,
          headers:
            payload === undefined
              ? headers
              : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.once('error', reject)
          res.once('end', () => {
            const endedAt = performance.now()
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), endedAt, ms: endedAt - begun })
          })
        },
      )
      req.once('timeout', () => req.destroy(new Error(`timeout after ${TIMEOUT_MS / 1000} s`)))
      req.once('error', reject)
      req.end(payload)
    })
  }

  /** One step, timed; counted when it ends inside the window. Undefined after a network error or timeout. */
  async function step(name: Step, method: string, path: string, body: unknown, expected: number, headers?: Record<string, string>) {
    let answer: Answer
    try {
      answer = await send(method, path, body, headers)
    } catch {
      if (name === 'checkout') whole.unknownOutcome++
      if (performance.now() <= windowTo) errors++
      await sleep(50) // a server that is gone refuses at once: do not spin
      return undefined
    }
    const counted = inWindow(answer.endedAt)
    if (counted) samples.get(name)!.push(answer.ms)
    const ok = answer.status === expected
    if (!ok) {
      const type = problemType(answer.body)
      if (name === 'checkout' && answer.status === 409 && type === 'out-of-stock') {
        whole.outOfStock++
        if (counted) outOfStock++
      } else if (counted) {
        const key = `${name} ${answer.status} ${type}`.trim()
        otherNon2xx[key] = (otherNon2xx[key] ?? 0) + 1
      }
    }
    return { answer, counted, ok }
  }

  /** The flow stops at a refusal, an error, or once the window has closed. */
  const goOn = (done: { ok: boolean } | undefined) => done?.ok === true && performance.now() <= windowTo

  async function shopOnce(n: number) {
    const begun = performance.now()
    const created = await step('create cart', 'POST', '/store/carts', { regionId: plan.regionId }, 201)
    if (!goOn(created)) return
    const cartId = (JSON.parse(created!.answer.body.toString('utf8')) as { id: string }).id
    const withScarce = Math.random() < plan.scarceShare
    const variants = withScarce ? [plan.scarce, ...pick(plan.pool, ITEMS_PER_CART - 1)] : pick(plan.pool, ITEMS_PER_CART)
    for (const variantId of variants)
      if (!goOn(await step('add item', 'POST', `/store/carts/${cartId}/items`, { variantId, quantity: 1 }, 200))) return
    const details = {
      email: `shopper-${n}@bench.shopstack.test`,
      shippingAddress: {
        firstName: 'Bench',
        lastName: `Shopper ${n}`,
        line1: '1 Loopback Way',
        city: 'Localhost',
        postalCode: '12345',
        countryCode: plan.countryCode,
      },
      shippingOptionId: plan.shippingOptionId,
    }
    if (!goOn(await step('set details', 'PATCH', `/store/carts/${cartId}`, details, 200))) return
    const card = { number: '4242424242424242', cvc: '123', expMonth: 12, expYear }
    const tokenized = await step('tokenize', 'POST', '/store/payments/tokens', card, 201)
    if (!goOn(tokenized)) return
    const { token } = JSON.parse(tokenized!.answer.body.toString('utf8')) as { token: string }
    const done = await step('checkout', 'POST', '/store/checkout', { cartId, paymentToken: token }, 201, {
      'idempotency-key': randomUUID(),
    })
    if (withScarce && done?.counted) scarce.attempts++
    if (!done?.ok) return
    const { order } = JSON.parse(done.answer.body.toString('utf8')) as {
      order: { status: string; items: { variantId: string | null; quantity: number }[] }
    }
    whole.orders++
    for (const item of order.items) if (item.variantId) whole.units[item.variantId] = (whole.units[item.variantId] ?? 0) + item.quantity
    if (!done.counted) return
    orders++
    placed.push(done.answer.ms)
    flows.push(done.answer.endedAt - begun)
    orderStatuses[order.status] = (orderStatuses[order.status] ?? 0) + 1
    if (withScarce) scarce.orders++
  }

  let next = 0
  const shopper = async () => {
    while (performance.now() < windowTo) await shopOnce(next++)
  }
  try {
    await Promise.all(Array.from({ length: settings.shoppers }, shopper))
  } finally {
    for (const timer of timers) clearTimeout(timer)
    open()
    close()
    agent.destroy()
  }
  const seconds = settings.durationSeconds
  const requests = [...samples.values()].reduce((sum, list) => sum + list.length, 0)
  return {
    seconds,
    orders,
    ordersPerSecond: orders / seconds,
    requestsPerSecond: requests / seconds,
    steps: STEPS.map((name) => ({ step: name, ...summarize(samples.get(name)!) })),
    placed: summarize(placed),
    flow: summarize(flows),
    outOfStock,
    otherNon2xx,
    errors,
    scarce,
    orderStatuses,
    whole,
  }
}
