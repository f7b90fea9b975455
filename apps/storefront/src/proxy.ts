import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from './lib/csp'
import { PUBLIC_API_URL } from './lib/site'

/**
 * Security headers, set at run time so the API's public address (which the policy must name: the
 * browser sends cards and suggestion requests there) comes from the environment, not the build.
 */
export function proxy(_request: NextRequest) {
  const response = NextResponse.next()
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
