import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { JsonLd } from '@/components/json-ld'
import { Listing } from '@/components/listing'
import {
  categoryByPath,
  categoryPaths,
  categoryTree,
  listingState,
  searchListing,
  type CategoryNode,
  type SearchParams,
} from '@/lib/catalog'
import { pageRegion } from '@/lib/region'
import { absolute } from '@/lib/site'

type Props = { params: Promise<{ region: string; path: string[] }>; searchParams: Promise<SearchParams> }

/** A category found by its full path; a lone handle (from a suggestion) is sent to its full path. */
async function resolve(path: string[]) {
  const handles = path.map(decodeURIComponent)
  const placed = await categoryByPath(handles)
  if (placed) return placed
  if (handles.length === 1) {
    const find = (nodes: CategoryNode[]): CategoryNode | undefined =>
      nodes.find((n) => n.handle === handles[0]) ?? nodes.map((n) => find(n.children)).find(Boolean)
    const node = find(await categoryTree())
    const full = node && (await categoryPaths()).get(node.id)
    if (full) permanentRedirect(full)
  }
  notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { node, trail } = await resolve((await params).path)
  const path = `/categories/${trail.map((c) => c.handle).join('/')}`
  const description = node.description ?? `Shop ${node.name}: filter by brand, price, size and more.`
  return { title: node.name, description, alternates: { canonical: path }, openGraph: { title: node.name, description, url: path } }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { node, trail } = await resolve((await params).path)
  const base = `/categories/${trail.map((c) => c.handle).join('/')}`
  const state = listingState(await searchParams)
  const [answer, paths] = await Promise.all([
    searchListing(state, { category: node.handle }, (await pageRegion(params)).currency),
    categoryPaths(),
  ])
  const crumbs = trail.map((c, i) => ({
    name: c.name,
    path: `/categories/${trail
      .slice(0, i + 1)
      .map((t) => t.handle)
      .join('/')}`,
  }))
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absolute(c.path) })),
        }}
      />
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/">Home</Link>
          </li>
          {crumbs.map((c) => (
            <li key={c.path}>
              <span aria-hidden>/ </span>
              <Link href={c.path} aria-current={c.path === base ? 'page' : undefined}>
                {c.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="mb-2 text-2xl font-bold">{node.name}</h1>
      {node.children.length > 0 && (
        <ul className="mb-6 flex flex-wrap gap-2 text-sm">
          {node.children.map((child) => (
            <li key={child.id}>
              <Link href={`${base}/${child.handle}`} className="inline-block rounded-full border border-line px-3 py-1 hover:border-ink">
                {child.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Listing base={base} state={state} answer={answer} categoryHref={(id) => paths.get(id)} showCategories={false} />
    </>
  )
}
