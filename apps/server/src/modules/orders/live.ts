import type { Db } from '../../platform/db/database.js'
import { createEventTail, type EventTail } from '../../platform/events/tail.js'
import { ORDER_TOPICS, type FulfillmentShippedV1, type OrderUpdatedV1 } from './events.js'

export interface LiveOrderEvent {
  topic: string
  payload: OrderUpdatedV1 | FulfillmentShippedV1
}

type Watcher = (event: LiveOrderEvent) => void

/**
 * Order changes as they are committed, for shoppers watching their order page. Each API process
 * tails the outbox itself while someone watches (any process may have made the change), and hands
 * each order's events to its watchers.
 */
export function createOrderLive(deps: { db: Db; log: { error(obj: object, msg: string): void }; pollMs?: number }) {
  const watchers = new Map<string, Set<Watcher>>()
  let tail: EventTail | undefined

  async function deliver(events: { topic: string; payload: unknown }[]) {
    for (const event of events) {
      const payload = event.payload as LiveOrderEvent['payload']
      for (const watcher of watchers.get(payload.orderId) ?? []) watcher({ topic: event.topic, payload })
    }
  }

  return {
    /** Calls `watcher` with every later change of this order; the answer stops watching. */
    watch(orderId: string, watcher: Watcher): () => void {
      if (!tail) {
        tail = createEventTail({
          db: deps.db,
          topics: [ORDER_TOPICS.updated, ORDER_TOPICS.shipped],
          since: new Date(),
          handle: deliver,
          log: deps.log,
        })
        tail.start(deps.pollMs ?? 250)
      }
      const set = watchers.get(orderId) ?? new Set<Watcher>()
      set.add(watcher)
      watchers.set(orderId, set)
      return () => {
        set.delete(watcher)
        if (set.size === 0) watchers.delete(orderId)
        if (watchers.size === 0 && tail) {
          const stopping = tail
          tail = undefined
          void stopping.stop()
        }
      }
    },

    watching: () => [...watchers.values()].reduce((n, s) => n + s.size, 0),

    async stop() {
      watchers.clear()
      await tail?.stop()
      tail = undefined
    },
  }
}

export type OrderLive = ReturnType<typeof createOrderLive>
