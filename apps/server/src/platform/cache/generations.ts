import type { Redis } from 'ioredis'

/**
 * Generation counters: a number per name that only goes up. Cached reads put the current
 * generation in their keys, so one bump retires a whole family of entries at once (see
 * docs/decisions/004-store-read-cache.md).
 *
 * Reading a generation is on the hot path of every cached request, so each process keeps the
 * current values in memory; with Redis, a bump is published and every process updates its copy.
 */
export interface Generations {
  current(name: string): Promise<number>
  bump(name: string): Promise<number>
  close(): Promise<void>
}

export function createMemoryGenerations(): Generations {
  const values = new Map<string, number>()
  return {
    current: async (name) => values.get(name) ?? 0,
    bump: async (name) => {
      const next = (values.get(name) ?? 0) + 1
      values.set(name, next)
      return next
    },
    close: async () => {},
  }
}

export function createRedisGenerations(redis: Redis): Generations {
  const prefix = redis.options.keyPrefix ?? ''
  const channel = `${prefix}generations`
  const key = (name: string) => `generation:${name}`
  const known = new Map<string, number>()
  const subscriber = redis.duplicate()
  let listening = false

  const remember = (name: string, value: number) => {
    if (value > (known.get(name) ?? -1)) known.set(name, value)
  }
  subscriber.on('message', (_channel: string, message: string) => {
    const cut = message.lastIndexOf(':')
    remember(message.slice(0, cut), Number(message.slice(cut + 1)))
  })
  // While not subscribed, bumps from other processes could be missed: forget and read Redis each time.
  subscriber.on('ready', () => {
    known.clear()
    // A close while SUBSCRIBE is in flight rejects it; the 'close' handler already reset the state.
    subscriber.subscribe(channel).then(
      () => (listening = true),
      () => (listening = false),
    )
  })
  subscriber.on('close', () => {
    listening = false
    known.clear()
  })

  return {
    async current(name) {
      const local = listening ? known.get(name) : undefined
      if (local !== undefined) return local
      const value = Number((await redis.get(key(name))) ?? 0)
      if (listening) remember(name, value)
      return value
    },
    async bump(name) {
      const value = await redis.incr(key(name))
      remember(name, value)
      await redis.publish(channel, `${name}:${value}`)
      return value
    },
    async close() {
      subscriber.disconnect()
    },
  }
}
