/**
 * What the pages may load: their own scripts, styles and images (product images come through this
 * origin's /media), and calls to the API for suggestions and card tokenization (card data goes to
 * the API, never here). Next inlines small bootstrap scripts and styles, hence 'unsafe-inline' there.
 */
export function contentSecurityPolicy(apiOrigin: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${apiOrigin}${development ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ')
}
