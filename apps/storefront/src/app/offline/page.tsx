import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Offline', robots: { index: false } }

export default function Offline() {
  return (
    <main id="main" className="flex-1 mx-auto w-full max-w-6xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">You are offline</h1>
      <p className="mt-3 text-muted">Reconnect to keep shopping; your cart is saved.</p>
    </main>
  )
}
