import { NotFoundMessage } from '@/components/not-found-message'

/** Addresses outside the regional pages (see proxy.ts); they have no shop header. */
export default function NotFound() {
  return (
    <main id="main" className="flex-1 mx-auto w-full max-w-6xl px-4">
      <NotFoundMessage />
    </main>
  )
}
