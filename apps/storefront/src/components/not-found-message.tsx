import Link from 'next/link'

export function NotFoundMessage() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-muted">That page does not exist, or the product is no longer sold.</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/" className="underline underline-offset-4">
          Home
        </Link>
        <Link href="/search" className="underline underline-offset-4">
          All products
        </Link>
      </p>
    </div>
  )
}
