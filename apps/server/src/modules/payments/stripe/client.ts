import { formEncode, type FormParams } from './form.js'
import type { StripeError } from './objects.js'

export const STRIPE_API = 'https://api.stripe.com/v1'
/** Requests are made, and answers read, as of this API version whatever the account's default is. */
export const STRIPE_API_VERSION = '2025-08-27.basil'

/** Stripe's answer: the object asked for, or the error it gave (a decline, a refusal). */
export type StripeAnswer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; error: StripeError }

/**
 * Stripe could not be reached, timed out, failed on its side or kept limiting the rate: whether
 * the request took effect is unknown. Repeating it with the same Idempotency-Key is safe.
 */
export class StripeUnavailable extends Error {}

export interface StripeClientOptions {
  secretKey: string
  /** Tests answer in-process; nothing else ever reaches api.stripe.com. */
  fetch?: typeof globalThis.fetch
  /** Retries of a request that got no usable answer, with the same Idempotency-Key. */
  maxRetries?: number
  /** The first retry's delay; each next one doubles (with jitter), up to 5 s. */
  retryDelayMs?: number
  timeoutMs?: number
}

/** Whether a request that failed is worth sending again, as Stripe's own libraries decide it. */
function retryable(response: Response): boolean {
  const hint = response.headers.get('stripe-should-retry')
  if (hint === 'false') return false
  if (hint === 'true') return true
  return response.status === 409 || response.status === 429 || response.status >= 500
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function errorOf(body: unknown): StripeError | undefined {
  const error = (body as { error?: unknown } | undefined)?.error
  return error && typeof error === 'object' && typeof (error as StripeError).type === 'string' ? (error as StripeError) : undefined
}

/**
 * The few Stripe REST calls payments make: form-encoded POSTs with the secret key, a pinned API
 * version and an Idempotency-Key on every one, so that a retry (here, after a network error, or
 * by the caller) is recognised by Stripe as the same request and never charges twice.
 */
export function createStripeClient(options: StripeClientOptions) {
  const send = options.fetch ?? globalThis.fetch
  const maxRetries = options.maxRetries ?? 2
  const retryDelayMs = options.retryDelayMs ?? 500
  const timeoutMs = options.timeoutMs ?? 30_000
  const pause = (attempt: number) => {
    const ms = Math.min(retryDelayMs * 2 ** attempt, 5_000) * (0.5 + Math.random() / 2)
    return new Promise((resolve) => setTimeout(resolve, ms))
  }

  return {
    async post<T>(path: string, params: FormParams, idempotencyKey: string): Promise<StripeAnswer<T>> {
      const init: RequestInit = {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.secretKey}`,
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': idempotencyKey,
          'stripe-version': STRIPE_API_VERSION,
        },
        body: formEncode(params),
      }
      for (let attempt = 0; ; attempt++) {
        let response: Response
        let body: unknown
        try {
          response = await send(`${STRIPE_API}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) })
          body = await readBody(response)
        } catch (error) {
          if (attempt < maxRetries) {
            await pause(attempt)
            continue
          }
          throw new StripeUnavailable(`Stripe could not be reached (POST ${path})`, { cause: error })
        }
        if (response.ok) return { ok: true, status: response.status, body: body as T }
        if (retryable(response) && attempt < maxRetries) {
          await pause(attempt)
          continue
        }
        const error = errorOf(body)
        // A wrong or revoked key is the shop's configuration, not the card's or Stripe's: say so loudly.
        if (response.status === 401 || response.status === 403)
          throw new Error(`Stripe refused the secret key (${response.status}): ${error?.message ?? 'no detail'}`)
        if (response.status === 409 || response.status === 429 || response.status >= 500 || !error)
          throw new StripeUnavailable(`Stripe answered ${response.status} to POST ${path}${error?.code ? ` (${error.code})` : ''}`)
        return { ok: false, status: response.status, error }
      }
    },
  }
}

export type StripeClient = ReturnType<typeof createStripeClient>
