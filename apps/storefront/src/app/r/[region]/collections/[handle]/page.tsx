import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Listing } from '@/components/listing'
import { collectionByHandle } from '@/lib/collections'
import { categoryPaths, listingState, searchListing, type SearchParams } from '@/lib/catalog'
import { pageRegion } from '@/lib/region'

type Props = { params: Promise<{ region: string; handle: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const collection = await collectionByHandle((await params).handle)
  if (!collection) notFound()
  const description = collection.description ?? `The ${collection.title} collection.`
  return { title: collection.title, description, alternates: { canonical: `/collections/${collection.handle}` } }
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const collection = await collectionByHandle((await params).handle)
  if (!collection) notFound()
  const state = listingState(await searchParams)
  const base = `/collections/${collection.handle}`
  const [answer, paths] = await Promise.all([
    searchListing(state, { collection: collection.handle }, (await pageRegion(params)).currency),
    categoryPaths(),
  ])
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{collection.title}</h1>
      {collection.description && <p className="mb-6 text-muted">{collection.description}</p>}
      <Listing base={base} state={state} answer={answer} categoryHref={(id) => paths.get(id)} />
    </>
  )
}
