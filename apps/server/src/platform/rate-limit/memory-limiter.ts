import type { AttemptLimiter } from './port.js'

export function createMemoryLimiter(): AttemptLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return {
    async hit(key, limit, windowMs) {
      const now = Date.now()
      let window = windows.get(key)
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs }
        windows.set(key, window)
        if (windows.size > 100_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k)
      }
      window.count += 1
      return { allowed: window.count <= limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) }
    },
    async reset(key) {
      windows.delete(key)
    },
  }
}
