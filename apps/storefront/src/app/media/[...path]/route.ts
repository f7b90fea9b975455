import { API_URL } from '@/lib/api'

/**
 * Product images, streamed from the API: one origin for pages and images (a simple CSP, no
 * cross-origin image fetches), and the image optimizer reads them as local files.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.map(encodeURIComponent).join('/')
  const upstream = await fetch(`${API_URL}/media/${path}`, {
    headers: { 'if-none-match': request.headers.get('if-none-match') ?? '' },
  })
  const headers = new Headers()
  for (const name of ['content-type', 'content-length', 'etag', 'last-modified', 'cache-control'])
    if (upstream.headers.get(name)) headers.set(name, upstream.headers.get(name)!)
  if (!headers.has('cache-control')) headers.set('cache-control', 'public, max-age=3600')
  return new Response(upstream.status === 200 ? upstream.body : null, { status: upstream.status, headers })
}
