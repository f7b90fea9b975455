import createFetchClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './api-types.js'

export type { paths, components }
export type Schemas = components['schemas']

export interface ShopstackClientOptions {
  /** e.g. http://localhost:4000 */
  baseUrl: string
  /** An API token (sst_…) for integrations; sent as a bearer token. */
  apiToken?: string
  /**
   * Keep cookies in memory and send them back (Node scripts, tests, server-side rendering).
   * Browsers keep cookies themselves; leave this off there.
   */
  cookieJar?: boolean
  fetch?: typeof fetch
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * A typed client for every route in the OpenAPI document. Sign-in responses carry a CSRF token;
 * the client remembers it and sends it on every write, as the API requires for cookie sessions.
 */
export function createShopstackClient(options: ShopstackClientOptions) {
  const client = createFetchClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, credentials: 'include' })
  const cookies = new Map<string, string>()
  let csrfToken: string | undefined

  const session: Middleware = {
    async onRequest({ request }) {
      if (options.apiToken) request.headers.set('authorization', `Bearer ${options.apiToken}`)
      if (options.cookieJar && cookies.size > 0) request.headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
      if (csrfToken && WRITES.has(request.method)) request.headers.set('x-csrf-token', csrfToken)
      return request
    },
    async onResponse({ response }) {
      if (options.cookieJar)
        for (const header of response.headers.getSetCookie()) {
          const [pair, ...attributes] = header.split(';')
          const [name, ...value] = pair!.split('=')
          const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a))
          if (expired) cookies.delete(name!.trim())
          else cookies.set(name!.trim(), value.join('='))
        }
      if (response.headers.get('content-type')?.startsWith('application/json')) {
        const body = await response
          .clone()
          .json()
          .catch(() => undefined)
        if (body && typeof body === 'object' && typeof (body as { csrfToken?: unknown }).csrfToken === 'string')
          csrfToken = (body as { csrfToken: string }).csrfToken
      }
      return response
    },
  }
  client.use(session)
  return Object.assign(client, {
    /** Forget the session (cookies and CSRF token) held by this client. */
    forgetSession() {
      cookies.clear()
      csrfToken = undefined
    },
  })
}

export type ShopstackClient = ReturnType<typeof createShopstackClient>

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), as Intl knows them. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/** Formats integer minor units for display; the API never sends floats. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** currencyDigits(currency))
}

/** "12.50" from 1250 USD, "1250" from 1250 JPY: a decimal string built from the integer, never through a float. */
export function decimalAmount(amount: number, currency: string): string {
  const digits = currencyDigits(currency)
  if (digits === 0) return String(amount)
  const sign = amount < 0 ? '-' : ''
  const padded = String(Math.abs(amount)).padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never

/** The JSON body a route answers with on success (200 or 201), e.g. ResponseBody<'/store/carts/current', 'get'>. */
export type ResponseBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer R
}
  ? R extends { 200: infer OK }
    ? JsonOf<OK>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never

/** The JSON body a route takes, e.g. RequestBody<'/admin/products', 'post'>. */
export type RequestBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B
}
  ? JsonOf<NonNullable<B>>
  : never
