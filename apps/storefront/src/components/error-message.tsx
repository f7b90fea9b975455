'use client'

/** What a page that failed shows, with a way to try again (error.tsx at the root and per region). */
export function ErrorMessage({ reset }: { reset: () => void }) {
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-muted">The shop could not show this page just now. Nothing in your cart was lost.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-4 py-2 font-semibold text-paper">
        Try again
      </button>
    </div>
  )
}
