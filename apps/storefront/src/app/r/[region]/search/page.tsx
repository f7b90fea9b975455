import type { Metadata } from 'next'
import { Listing } from '@/components/listing'
import { categoryPaths, listingState, searchListing, type SearchParams } from '@/lib/catalog'
import { pageRegion, type RegionParams } from '@/lib/region'

type Props = { params: RegionParams; searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = listingState(await searchParams)
  return {
    title: q ? `Search: ${q}` : 'All products',
    description: q ? `Products matching “${q}”.` : 'Every product in the shop, with filters by brand, price and more.',
    alternates: { canonical: '/search' },
    // Result pages for arbitrary words are not worth indexing; the catalog is in the sitemap.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const state = listingState(await searchParams)
  const [answer, paths] = await Promise.all([searchListing(state, {}, (await pageRegion(params)).currency), categoryPaths()])
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{state.q ? `Results for “${state.q}”` : 'All products'}</h1>
      <Listing base="/search" state={state} answer={answer} categoryHref={(id) => paths.get(id)} />
    </>
  )
}
