import { everyUrl, sitemapIndex, urlSet, URLS_PER_FILE, xml } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

/** One file while the shop has at most 50,000 URLs; an index of /sitemaps/N.xml files beyond. */
export async function GET() {
  const urls = await everyUrl()
  return xml(urls.length <= URLS_PER_FILE ? urlSet(urls) : sitemapIndex(Math.ceil(urls.length / URLS_PER_FILE)))
}
