/** The storefront's public address, for canonical links, Open Graph and the sitemap. */
export const SITE_URL = (process.env.STOREFRONT_URL ?? 'http://localhost:3000').replace(/\/$/, '')
export const SITE_NAME = process.env.SHOP_NAME ?? 'shopstack'

export const absolute = (path: string) => `${SITE_URL}${path}`

/**
 * The API's address as browsers reach it (suggestions, card tokenization). Read at run time on the
 * server and handed to the page, never baked into the bundle.
 */
export const PUBLIC_API_URL = (process.env.SHOPSTACK_PUBLIC_API_URL ?? 'http://localhost:4000').replace(/\/$/, '')

/** Where this server reaches the API (loopback beside it by default). */
export const API_URL = (process.env.SHOPSTACK_API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '')
