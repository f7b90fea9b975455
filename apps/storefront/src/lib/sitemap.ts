import 'server-only'
import { catalogApi } from './api'
import { categoryPaths } from './catalog'
import { collections } from './collections'
import { absolute } from './site'

/** The protocol's limit per file; past it, /sitemap.xml becomes an index of files. */
export const URLS_PER_FILE = 50_000

export interface SitemapUrl {
  loc: string
  lastmod?: string
}

/** Home, categories, collections, then every active product. */
export async function everyUrl(): Promise<SitemapUrl[]> {
  const urls: SitemapUrl[] = [{ loc: absolute('/') }]
  for (const path of (await categoryPaths()).values()) urls.push({ loc: absolute(path) })
  for (const c of await collections()) urls.push({ loc: absolute(`/collections/${c.handle}`) })
  const api = catalogApi(3600)
  let cursor: string | undefined
  do {
    const { data, response } = await api.GET('/store/sitemap/products', { params: { query: { limit: 10_000, cursor } } })
    if (!data) throw new Error(`sitemap: API answered ${response.status}`)
    for (const p of data.items) urls.push({ loc: absolute(`/products/${encodeURIComponent(p.handle)}`), lastmod: p.updatedAt })
    cursor = data.nextCursor ?? undefined
  } while (cursor)
  return urls
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function urlSet(urls: SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`
}

export function sitemapIndex(files: number): string {
  const body = Array.from({ length: files }, (_, i) => `<sitemap><loc>${escape(absolute(`/sitemaps/${i + 1}.xml`))}</loc></sitemap>`).join(
    '\n',
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`
}

export const xml = (body: string) =>
  new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } })
