import { API_URL, apiCookieHeader } from '@/lib/api'
import { isOrderId } from '@/lib/ids'

export const dynamic = 'force-dynamic'

/**
 * The order's live status stream, relayed from the API with the shopper's session (the session
 * cookie belongs to this origin, so the browser cannot take it to the API itself).
 */
export async function GET(request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params
  if (!isOrderId(orderId)) return new Response(null, { status: 404 })
  const upstream = await fetch(`${API_URL}/store/orders/${orderId}/live`, {
    headers: { cookie: await apiCookieHeader(), accept: 'text/event-stream' },
    signal: request.signal,
    cache: 'no-store',
  })
  if (!upstream.ok || !upstream.body) return new Response(null, { status: upstream.status })
  return new Response(upstream.body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Compression would hold events back until a buffer fills.
      'content-encoding': 'none',
      'x-accel-buffering': 'no',
    },
  })
}
