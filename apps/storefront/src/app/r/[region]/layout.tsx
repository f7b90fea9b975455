import Link from 'next/link'
import type { ReactNode } from 'react'
import { SearchBox } from '@/components/search-box'
import { RegionSwitcher } from '@/components/region-switcher'
import { CartLink } from '@/components/cart-link'
import { categoryTree, regions } from '@/lib/catalog'
import { pageRegion, type RegionParams } from '@/lib/region'
import { SITE_NAME, SITE_URL, PUBLIC_API_URL } from '@/lib/site'
import { JsonLd } from '@/components/json-ld'

/**
 * The shop around every page, for one region. It reads no cookie: the cart count is filled in by the
 * browser (components/cart-link.tsx), so catalog pages below can be prerendered and kept.
 */
export default async function RegionLayout({ children, params }: { children: ReactNode; params: RegionParams }) {
  const [tree, all, region] = await Promise.all([categoryTree(), regions(), pageRegion(params)])
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <JsonLd
        data={{ '@context': 'https://schema.org', '@type': 'Organization', name: SITE_NAME, url: SITE_URL, logo: `${SITE_URL}/icon.svg` }}
      />
      <header className="border-b border-line">
        <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center gap-4">
          <Link href="/" className="text-xl font-bold tracking-tight">
            {SITE_NAME}
          </Link>
          <div className="flex-1 min-w-[14rem]">
            <SearchBox apiUrl={PUBLIC_API_URL} currency={region.currency} />
          </div>
          <RegionSwitcher regions={all.map((r) => ({ id: r.id, name: r.name, currency: r.currency }))} current={region.id} />
          <Link href="/account" className="underline-offset-4 hover:underline">
            Account
          </Link>
          <CartLink />
        </div>
        <nav aria-label="Categories" className="mx-auto max-w-6xl px-4 pb-2 overflow-x-auto">
          <ul className="flex gap-4 text-sm whitespace-nowrap">
            {tree.map((c) => (
              <li key={c.id}>
                <Link href={`/categories/${c.handle}`} className="text-muted hover:text-ink underline-offset-4 hover:underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="flex-1 mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-line text-sm text-muted">
        <div className="mx-auto max-w-6xl px-4 py-6 flex flex-wrap gap-6">
          <span>© {SITE_NAME}</span>
          <Link href="/search">All products</Link>
          <Link href="/account">Your account</Link>
          <Link href="/sitemap.xml">Sitemap</Link>
        </div>
      </footer>
    </>
  )
}
