import { everyUrl, urlSet, URLS_PER_FILE, xml } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file)
  const urls = await everyUrl()
  const n = match ? Number(match[1]) : 0
  if (n < 1 || (n - 1) * URLS_PER_FILE >= urls.length) return new Response('Not found', { status: 404 })
  return xml(urlSet(urls.slice((n - 1) * URLS_PER_FILE, n * URLS_PER_FILE)))
}
