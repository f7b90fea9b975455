import { createShopstackClient } from '@shopstack/sdk'

const DEMO_STAFF = { email: 'owner@shopstack.dev', password: 'shopstack-demo' }

/** A signed-in demo owner, for setting up and checking what the browser did. */
export async function adminSession(api: string) {
  const client = createShopstackClient({ baseUrl: api, cookieJar: true })
  const { error } = await client.POST('/admin/auth/login', { body: DEMO_STAFF })
  if (error) throw new Error(`staff sign-in failed: ${JSON.stringify(error)}`)
  return {
    client,
    // Loosely typed on purpose: the tests read a few fields of whatever route they name.
    async get(path: string) {
      const get = client.GET as unknown as (path: string) => Promise<{ data?: unknown; response: Response }>
      const response = await get(path)
      if (!response.data) throw new Error(`GET ${path}: ${response.response.status}`)
      return response.data as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    },
  }
}

export async function createPromotion(api: string, admin: Awaited<ReturnType<typeof adminSession>>, input: Record<string, unknown>) {
  const code = `TEST${Date.now().toString(36).toUpperCase()}`
  const { error } = await admin.client.POST('/admin/promotions', { body: { ...input, code } as never })
  if (error) throw new Error(`promotion: ${JSON.stringify(error)}`)
  return code
}

/** Orders the shop holds (the cancelled ones left out when asked). */
export async function orderCount(
  _api: string,
  admin: Awaited<ReturnType<typeof adminSession>>,
  options: { excludeCanceled?: boolean } = {},
) {
  const { data } = await admin.client.GET('/admin/orders', { params: { query: { limit: 100 } } })
  const items = data?.items ?? []
  return options.excludeCanceled ? items.filter((o) => o.status !== 'canceled').length : items.length
}
