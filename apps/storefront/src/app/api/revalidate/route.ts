import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { CATALOG_TAG, productTag } from '@/lib/api'

const SECRET = process.env.STOREFRONT_REVALIDATE_SECRET

function authorized(header: string | null): boolean {
  if (!SECRET || !header) return false
  const sent = Buffer.from(header)
  const expected = Buffer.from(`Bearer ${SECRET}`)
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}

/**
 * Called by the API when the catalog changes (STOREFRONT_REVALIDATE_SECRET on both sides): drops the
 * cached reads of those products, and of every listing when asked, so the next visit reads them fresh.
 */
export async function POST(request: Request) {
  if (!authorized(request.headers.get('authorization'))) return new Response(null, { status: 401 })
  const body = (await request.json().catch(() => null)) as { handles?: unknown; catalog?: unknown } | null
  const handles = Array.isArray(body?.handles) ? body.handles.filter((h): h is string => typeof h === 'string').slice(0, 10_000) : []
  for (const handle of handles) revalidateTag(productTag(handle), { expire: 0 })
  if (body?.catalog === true) revalidateTag(CATALOG_TAG, { expire: 0 })
  return Response.json({ revalidated: handles.length, catalog: body?.catalog === true })
}
