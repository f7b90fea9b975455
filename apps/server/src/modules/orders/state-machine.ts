import { conflict } from '../../problems.js'

/**
 * The order's three statuses and the moves each may make. Anything not listed is illegal and
 * refused with 409, whoever asks. Every move that happens is written to order_history.
 *
 *   status:       pending ──► confirmed ──► completed
 *                    └──────────┴──► canceled
 *   fulfilment:   each fulfilment goes packed ──► shipped ──► delivered, or packed ──► canceled;
 *                 the order's fulfillment_status is derived from its lines and fulfilments.
 *   return:       requested ──► received ──► refunded, or requested ──► canceled.
 */
export const ORDER_STATUSES = ['pending', 'confirmed', 'completed', 'canceled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const FULFILLMENT_STATUSES = [
  'not_fulfilled',
  'partially_fulfilled',
  'fulfilled',
  'partially_shipped',
  'shipped',
  'partially_delivered',
  'delivered',
  'canceled',
] as const
export type OrderFulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

export type FulfillmentState = 'packed' | 'shipped' | 'delivered' | 'canceled'
export type ReturnState = 'requested' | 'received' | 'refunded' | 'canceled'

const ORDER: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['confirmed', 'canceled'],
  confirmed: ['completed', 'canceled'],
  completed: [],
  canceled: [],
}

const FULFILLMENT: Record<FulfillmentState, readonly FulfillmentState[]> = {
  packed: ['shipped', 'canceled'],
  shipped: ['delivered'],
  delivered: [],
  canceled: [],
}

const RETURN: Record<ReturnState, readonly ReturnState[]> = {
  requested: ['received', 'canceled'],
  received: ['refunded'],
  refunded: [],
  canceled: [],
}

const MACHINES = { order: ORDER, fulfillment: FULFILLMENT, return: RETURN }
type Machine = keyof typeof MACHINES
type StateOf<M extends Machine> = keyof (typeof MACHINES)[M] & string

export function canMove<M extends Machine>(machine: M, from: StateOf<M>, to: StateOf<M>): boolean {
  return ((MACHINES[machine] as Record<string, readonly string[]>)[from] ?? []).includes(to)
}

/** Refuses an illegal move with 409, naming where the thing is and where it cannot go. */
export function assertMove<M extends Machine>(machine: M, from: StateOf<M>, to: StateOf<M>): void {
  if (!canMove(machine, from, to)) throw conflict(`${article(machine)} ${machine} that is ${from} cannot become ${to}`)
}

/**
 * The order-level fulfilment status from its lines and its live (not canceled) fulfilments:
 * how many units are packed at all, then how many of those have shipped, then been delivered.
 */
export function deriveFulfillmentStatus(
  orderedUnits: number,
  fulfilments: { state: FulfillmentState; units: number }[],
  orderCanceled = false,
): OrderFulfillmentStatus {
  const live = fulfilments.filter((f) => f.state !== 'canceled')
  const packed = live.reduce((n, f) => n + f.units, 0)
  const shipped = live.filter((f) => f.state === 'shipped' || f.state === 'delivered').reduce((n, f) => n + f.units, 0)
  const delivered = live.filter((f) => f.state === 'delivered').reduce((n, f) => n + f.units, 0)
  if (packed === 0) return orderCanceled ? 'canceled' : 'not_fulfilled'
  if (delivered === orderedUnits) return 'delivered'
  if (delivered > 0) return 'partially_delivered'
  if (shipped === orderedUnits) return 'shipped'
  if (shipped > 0) return 'partially_shipped'
  return packed === orderedUnits ? 'fulfilled' : 'partially_fulfilled'
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'An' : 'A')
