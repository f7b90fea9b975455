import Link from 'next/link'
import { ProductGrid } from '@/components/product-card'
import { listingState, searchListing } from '@/lib/catalog'
import { collections } from '@/lib/collections'
import { pageRegion, type RegionParams } from '@/lib/region'

// Rendered on first visit per region and kept until the catalog changes (see products/[handle]).
export async function generateStaticParams(): Promise<{ region: string }[]> {
  return []
}

export default async function Home({ params }: { params: RegionParams }) {
  const { currency } = await pageRegion(params)
  const [bestsellers, arrivals, featured] = await Promise.all([
    searchListing({ ...listingState({}), sort: 'bestselling' }, {}, currency, { facets: false, limit: 8 }),
    searchListing({ ...listingState({}), sort: 'newest' }, {}, currency, { facets: false, limit: 8 }),
    collections(),
  ])
  return (
    <>
      <section className="mb-12 rounded-2xl bg-ink px-6 py-12 text-paper sm:px-12">
        <h1 className="text-3xl font-bold sm:text-4xl">Everyday gear, made to last</h1>
        <p className="mt-3 max-w-xl text-lg opacity-90">Clothing, shoes, kitchen and outdoor kit from makers we trust, shipped in days.</p>
        <Link href="/search?sort=newest" className="mt-6 inline-block rounded-md bg-paper px-5 py-3 font-semibold text-ink">
          Shop new arrivals
        </Link>
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="collections" className="mb-12">
          <h2 id="collections" className="mb-4 text-xl font-semibold">
            Featured collections
          </h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {featured.slice(0, 8).map((c) => (
              <li key={c.id}>
                <Link href={`/collections/${c.handle}`} className="block rounded-lg border border-line p-4 hover:border-ink">
                  <span className="font-medium">{c.title}</span>
                  {c.description && <span className="mt-1 block text-sm text-muted line-clamp-2">{c.description}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="bestsellers" className="mb-12">
        <h2 id="bestsellers" className="mb-4 text-xl font-semibold">
          Bestsellers
        </h2>
        <ProductGrid products={bestsellers.items.slice(0, 8)} />
      </section>
      <section aria-labelledby="new" className="mb-12">
        <h2 id="new" className="mb-4 text-xl font-semibold">
          New arrivals
        </h2>
        <ProductGrid products={arrivals.items.slice(0, 8)} eager={0} />
      </section>
    </>
  )
}
