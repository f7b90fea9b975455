import type { MetadataRoute } from 'next'
import { SITE_URL } from '@/lib/site'

// The sitemap's address comes from STOREFRONT_URL at run time, not at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/cart', '/checkout', '/account', '/orders', '/search?'] }],
    sitemap: `${SITE_URL}/sitemap.xml`,
  }
}
