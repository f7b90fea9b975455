'use client'

import { ErrorMessage } from '@/components/error-message'

/** Failures above a region's pages (the shop's header could not be drawn either). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="flex-1 mx-auto w-full max-w-6xl px-4">
      <ErrorMessage reset={reset} />
    </main>
  )
}
