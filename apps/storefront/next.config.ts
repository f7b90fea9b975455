import type { NextConfig } from 'next'
import { REGION_HEADER } from './src/lib/region-choice'

const config: NextConfig = {
  // The SDK is TypeScript source in the workspace.
  transpilePackages: ['@shopstack/sdk'],
  poweredByHeader: false,
  // Every page renders for the region src/proxy.ts picked and put in a request header: /products/x is
  // served from /r/{regionId}/products/x. (A rewrite here, not in the proxy: the proxy sees its URL
  // as http://localhost:<port>, and a rewrite from there is taken for another origin, and proxied
  // over the network, when the server listens on 127.0.0.1.)
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/:path*',
          has: [{ type: 'header', key: REGION_HEADER, value: '(?<region>[A-Za-z0-9_-]+)' }],
          destination: '/r/:region/:path*',
        },
      ],
    }
  },
  // Product images are read through /media on this origin (see src/app/media), so the optimizer
  // needs no remote hosts and the API's address can change without a rebuild.
  images: { formats: ['image/avif', 'image/webp'], localPatterns: [{ pathname: '/media/**' }] },
  // Catalog pages answer per region under one address (src/proxy.ts picks the region from the
  // shopper's cookie or browser), so no shared cache may keep them: browsers revalidate, and the prerendered
  // page on the server makes that cheap. Next's own header would be public (s-maxage).
  // The personal pages (cart, checkout, account) keep Next's no-store.
  async headers() {
    const headers = [{ key: 'Cache-Control', value: 'private, no-cache' }]
    return [
      { source: '/', headers },
      { source: '/:section(products|categories|collections)/:rest*', headers },
    ]
  },
}

export default config
