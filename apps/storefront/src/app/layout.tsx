import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import './globals.css'
import { SITE_NAME, SITE_URL } from '@/lib/site'
import { ServiceWorker } from '@/components/service-worker'

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'Clothing, shoes, home and outdoor gear, shipped across North America and Europe.',
  applicationName: SITE_NAME,
  manifest: '/manifest.webmanifest',
  openGraph: { siteName: SITE_NAME, type: 'website' },
}

export const viewport: Viewport = { themeColor: '#1d4ed8', width: 'device-width', initialScale: 1 }

/** The document. The shop's header and footer belong to the region's layout (r/[region]/layout.tsx). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col antialiased">
        {children}
        <ServiceWorker />
      </body>
    </html>
  )
}
