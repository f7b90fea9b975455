import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from './lib/csp'
import { PUBLIC_API_URL } from './lib/site'
import { chooseRegionFor, REGION_COOKIE, REGION_HEADER } from './lib/region-choice'
import { regionDirectory } from './lib/region-directory'

/** Paths served as they are: files, feeds and route handlers that do not render for a region. */
const UNREGIONED =
  /^\/(api|media|_next|sitemaps)\/|^\/(sitemap\.xml|robots\.txt|manifest\.webmanifest|offline|sw\.js|icon\.svg|favicon\.ico)$/

/**
 * Every page renders for one region (prices, currency), which the shopper's cookie or browser picks.
 * The proxy picks it and names it in a request header; next.config.ts rewrites the page to
 * /r/{regionId}/…. So the page itself reads no cookie, and a product page is rendered once per
 * region and kept (revalidated when the product changes), while the address the shopper sees stays
 * /products/{handle}. Anything under /r/ asked for directly lands on /r/{id}/r/…, a 404.
 */
async function regionalRequest(request: NextRequest): Promise<NextResponse> {
  const headers = new Headers(request.headers)
  // Only the proxy names the region; a shopper's own header is dropped.
  headers.delete(REGION_HEADER)
  if (!UNREGIONED.test(request.nextUrl.pathname)) {
    let regionId = 'unknown'
    try {
      const region = chooseRegionFor(await regionDirectory(), {
        choice: request.cookies.get(REGION_COOKIE)?.value,
        acceptLanguage: request.headers.get('accept-language'),
      })
      if (region) regionId = region.id
    } catch {
      // The API is away: the page's own reads fail too and show the error page.
    }
    headers.set(REGION_HEADER, regionId)
  }
  return NextResponse.next({ request: { headers } })
}

/**
 * Security headers, set at run time so the API's public address (which the policy must name: the
 * browser sends cards and suggestion requests there) comes from the environment, not the build.
 */
export async function proxy(request: NextRequest) {
  const response = await regionalRequest(request)
  response.headers.set(
    'Content-Security-Policy',
    contentSecurityPolicy(new URL(PUBLIC_API_URL).origin, process.env.NODE_ENV !== 'production'),
  )
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  return response
}

export const config = {
  // Pages only: static files and optimized images carry no script.
  matcher: ['/((?!_next/static|_next/image|media/|favicon.ico|icon.svg|sw.js).*)'],
}
