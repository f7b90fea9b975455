import 'server-only'
import { cookies, headers } from 'next/headers'
import { createShopstackClient } from '@shopstack/sdk'
import { parseSetCookie } from 'set-cookie-parser'

import { API_URL } from './site'

export { API_URL }

/** The API's cookies this storefront carries for the shopper: cart, customer session and its CSRF token. */
const SHOPPER_COOKIES = ['ss_cart', 'ss_customer', 'ss_csrf'] as const
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The shopper's address, so the API's per-IP limits count shoppers, not this server. */
async function clientAddress(): Promise<string | undefined> {
  const forwarded = (await headers()).get('x-forwarded-for')
  return forwarded?.split(',')[0]?.trim() || undefined
}

/**
 * CATALOG_CACHE_SECONDS caps how long catalog reads, and the pages built from them, are kept. At
 * least a second: a prerendered page cannot be built from reads that may not be kept at all.
 */
const CATALOG_CACHE_CAP =
  process.env.CATALOG_CACHE_SECONDS === undefined ? Infinity : Math.max(1, Number(process.env.CATALOG_CACHE_SECONDS) || 1)

/**
 * Catalog reads: no cookie, so Next may cache the answers (revalidated after `seconds`).
 * What a page shows from the catalog is the same for every shopper.
 */
export function catalogApi(seconds = 30, tags: string[] = []) {
  const keep = Math.min(seconds, CATALOG_CACHE_CAP)
  return createShopstackClient({
    baseUrl: API_URL,
    // The client hands fetch a Request; Next's data cache only honours its options when fetch gets a
    // URL and an init, so the Request is taken apart (GETs only here: no body to carry).
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init)
      const base = { method: request.method, headers: request.headers }
      return fetch(request.url, { ...base, next: { revalidate: keep, tags: [CATALOG_TAG, ...tags] } })
    },
  })
}

/** Cache tags: every catalog read, and one product's reads (see app/api/revalidate). */
export const CATALOG_TAG = 'catalog'
export const productTag = (handle: string) => `product:${handle}`.slice(0, 256)

/**
 * Calls made for this shopper: their cookies go along, and cookies the API sets come back to the
 * browser (where Next allows it: in server actions and route handlers, not while rendering).
 */
/** The Cookie header for the API: the shopper's API cookies, nothing of the storefront's own. */
export async function apiCookieHeader(): Promise<string> {
  const jar = await cookies()
  return SHOPPER_COOKIES.flatMap((name) => {
    const value = jar.get(name)?.value
    return value ? [`${name}=${encodeURIComponent(value)}`] : []
  }).join('; ')
}

export async function shopperApi() {
  const jar = await cookies()
  const forwarded = await apiCookieHeader()
  const csrf = jar.get('ss_csrf')?.value
  const address = await clientAddress()
  return createShopstackClient({
    baseUrl: API_URL,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (forwarded) request.headers.set('cookie', forwarded)
      if (csrf && WRITES.has(request.method)) request.headers.set('x-csrf-token', csrf)
      if (address) request.headers.set('x-forwarded-for', address)
      const response = await fetch(request, { cache: 'no-store' })
      relayCookies(jar, response)
      return response
    },
  })
}

type CookieJar = Awaited<ReturnType<typeof cookies>>

function relayCookies(jar: CookieJar, response: Response) {
  for (const cookie of parseSetCookie(response.headers.getSetCookie())) {
    if (!(SHOPPER_COOKIES as readonly string[]).includes(cookie.name)) continue
    try {
      jar.set({
        name: cookie.name,
        value: cookie.value,
        path: cookie.path ?? '/',
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: 'lax',
        ...(cookie.maxAge !== undefined && { maxAge: cookie.maxAge }),
        ...(cookie.expires && { expires: cookie.expires }),
      })
    } catch {
      // Rendering a page cannot set cookies; the next action will carry them.
    }
  }
}

export type ApiError = { status: number; title: string; detail?: string; errors?: { pointer: string; detail: string }[] }

/** The API's problem document, or a generic one when the body is not one. */
export function problemOf(error: unknown, status: number): ApiError {
  if (error && typeof error === 'object' && 'title' in error) return { status, ...(error as Omit<ApiError, 'status'>) }
  return { status, title: 'Something went wrong' }
}
