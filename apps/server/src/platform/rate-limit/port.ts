export interface AttemptResult {
  allowed: boolean
  /** Seconds until the window resets; what Retry-After should say. */
  retryAfterSeconds: number
}

/**
 * Counts attempts per key in fixed windows: sign-ins per account and per IP, reset requests.
 * The per-request API rate limit is @fastify/rate-limit, sharing the same Redis.
 */
export interface AttemptLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<AttemptResult>
  reset(key: string): Promise<void>
}
