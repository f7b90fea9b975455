import type { NextConfig } from 'next'

const config: NextConfig = {
  // The SDK is TypeScript source in the workspace.
  transpilePackages: ['@shopstack/sdk'],
  poweredByHeader: false,
  // Product images are read through /media on this origin (see src/app/media), so the optimizer
  // needs no remote hosts and the API's address can change without a rebuild.
  images: { formats: ['image/avif', 'image/webp'], localPatterns: [{ pathname: '/media/**' }] },
}

export default config
