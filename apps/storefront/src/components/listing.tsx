import Link from 'next/link'
import { listingHref, PAGE_SIZE, type ListingState, type SearchAnswer, type Sort } from '@/lib/catalog'
import { money } from '@/lib/money'
import { ProductGrid } from './product-card'

const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  bestselling: 'Bestselling',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
}

/**
 * Results with their facets, sort and pages. Every control is a link or a GET form, so the whole
 * listing works without JavaScript and every state has a URL to share.
 */
export function Listing({
  base,
  state,
  answer,
  categoryHref,
  showCategories = true,
}: {
  base: string
  state: ListingState
  answer: SearchAnswer
  categoryHref: (id: string) => string | undefined
  showCategories?: boolean
}) {
  const pages = Math.min(100, Math.ceil(answer.total / PAGE_SIZE))
  const facets = answer.facets
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])
  const sorts: Sort[] = state.q
    ? ['relevance', 'newest', 'bestselling', 'price_asc', 'price_desc']
    : ['newest', 'bestselling', 'price_asc', 'price_desc']
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <aside aria-label="Filters" className="space-y-6 text-sm">
        {facets && facets.brand.length > 0 && (
          <section>
            <h2 className="font-semibold mb-2">Brand</h2>
            <ul className="space-y-1">
              {facets.brand.map((b) => (
                <li key={b.value}>
                  <Link
                    href={listingHref(base, state, { brands: toggle(state.brands, b.value) })}
                    aria-current={b.selected ? 'true' : undefined}
                    className="flex items-center gap-2 hover:underline underline-offset-4"
                    rel="nofollow"
                  >
                    <span
                      aria-hidden
                      className={`inline-block h-4 w-4 rounded border ${b.selected ? 'bg-brand border-brand' : 'border-muted'}`}
                    />
                    <span className={b.selected ? 'font-semibold' : ''}>
                      {b.value} <span className="text-muted">({b.count})</span>
                    </span>
                    {b.selected && <span className="sr-only">(selected, select to remove)</span>}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {showCategories && facets && facets.category.length > 0 && (
          <section>
            <h2 className="font-semibold mb-2">Category</h2>
            <ul className="space-y-1">
              {facets.category.slice(0, 12).map((c) => {
                const href = categoryHref(c.id)
                return href ? (
                  <li key={c.id}>
                    <Link href={href} className="hover:underline underline-offset-4">
                      {c.name} <span className="text-muted">({c.count})</span>
                    </Link>
                  </li>
                ) : null
              })}
            </ul>
          </section>
        )}
        {facets && facets.price.some((p) => p.count > 0) && (
          <section>
            <h2 className="font-semibold mb-2">Price</h2>
            <ul className="space-y-1">
              {facets.price
                .filter((p) => p.count > 0)
                .map((p) => (
                  <li key={`${p.min}-${p.max}`}>
                    <Link
                      href={listingHref(
                        base,
                        state,
                        p.selected ? { minPrice: undefined, maxPrice: undefined } : { minPrice: p.min, maxPrice: p.max ?? undefined },
                      )}
                      aria-current={p.selected ? 'true' : undefined}
                      className={`hover:underline underline-offset-4 ${p.selected ? 'font-semibold' : ''}`}
                      rel="nofollow"
                    >
                      {p.max === null
                        ? `${money(p.min, answer.currency)} and up`
                        : `${money(p.min, answer.currency)} – ${money(p.max, answer.currency)}`}{' '}
                      <span className="text-muted">({p.count})</span>
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        )}
        {facets?.attributes
          .filter((a) => a.values.length > 1)
          .slice(0, 4)
          .map((attribute) => (
            <section key={attribute.name}>
              <h2 className="font-semibold mb-2 capitalize">{attribute.name}</h2>
              <ul className="flex flex-wrap gap-2">
                {attribute.values.slice(0, 16).map((v) => {
                  const filter = `${attribute.name}:${v.value}`
                  return (
                    <li key={v.value}>
                      <Link
                        href={listingHref(base, state, { filters: toggle(state.filters, filter) })}
                        aria-current={v.selected ? 'true' : undefined}
                        className={`inline-block rounded border px-2 py-1 ${v.selected ? 'border-brand bg-brand text-paper' : 'border-line'}`}
                        rel="nofollow"
                      >
                        {v.value} <span className={v.selected ? '' : 'text-muted'}>({v.count})</span>
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        <Link
          href={listingHref(base, state, { inStock: !state.inStock })}
          className="block hover:underline underline-offset-4"
          rel="nofollow"
        >
          {state.inStock ? '✓ In stock only (show all)' : 'Show in stock only'}
        </Link>
      </aside>
      <section aria-label="Results">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 text-sm">
          <p aria-live="polite">
            {answer.total.toLocaleString('en')} {answer.total === 1 ? 'product' : 'products'}
            {answer.interpretedAs && (
              <>
                {' '}
                for <strong>{answer.interpretedAs}</strong>
              </>
            )}
          </p>
          <nav aria-label="Sort" className="flex flex-wrap gap-2">
            {sorts.map((sort) => {
              const current = (state.sort ?? (state.q ? 'relevance' : 'newest')) === sort
              return (
                <Link
                  key={sort}
                  href={listingHref(base, state, { sort })}
                  aria-current={current ? 'true' : undefined}
                  className={`rounded border px-2 py-1 ${current ? 'border-ink font-semibold' : 'border-line'}`}
                  rel="nofollow"
                >
                  {SORT_LABELS[sort]}
                </Link>
              )
            })}
          </nav>
        </div>
        {answer.items.length === 0 ? (
          <p className="py-12 text-center text-muted">Nothing matches. Try fewer filters or other words.</p>
        ) : (
          <ProductGrid products={answer.items} />
        )}
        {pages > 1 && (
          <nav aria-label="Pages" className="mt-8 flex items-center justify-center gap-4">
            {state.page > 1 && (
              <Link href={listingHref(base, state, { page: state.page - 1 })} rel="prev" className="rounded border border-line px-3 py-1">
                Previous
              </Link>
            )}
            <span>
              Page {state.page} of {pages}
            </span>
            {state.page < pages && (
              <Link href={listingHref(base, state, { page: state.page + 1 })} rel="next" className="rounded border border-line px-3 py-1">
                Next
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  )
}
