import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/json-ld'
import { ProductGrid } from '@/components/product-card'
import { ProductPurchase } from '@/components/product-purchase'
import { categoryPaths, productByHandle, searchListing, listingState } from '@/lib/catalog'
import { pageRegion } from '@/lib/region'
import { absolute } from '@/lib/site'
import { decimalAmount } from '@/lib/money'

type Props = { params: Promise<{ region: string; handle: string }> }

// Rendered on first visit per region and kept: the catalog reads it makes carry the product's cache
// tag, which the API's revalidation calls drop (app/api/revalidate).
export const dynamicParams = true
export async function generateStaticParams(): Promise<{ region: string; handle: string }[]> {
  return []
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' }
/** The description as plain text, for meta tags and structured data. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim()

async function load(params: Props['params']) {
  const [{ handle }, { currency }] = await Promise.all([params, pageRegion(params)])
  const found = await productByHandle(decodeURIComponent(handle), currency)
  if (!found) notFound()
  return found
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product } = await load(params)
  const title = product.seoTitle ?? product.title
  const description = (product.seoDescription ?? plain(product.descriptionHtml)).slice(0, 160)
  const image = product.images[0]
  return {
    title,
    description,
    alternates: { canonical: `/products/${product.handle}` },
    openGraph: {
      title,
      description,
      url: `/products/${product.handle}`,
      images: image ? [{ url: absolute(image.url), alt: image.alt || product.title }] : [],
    },
  }
}

export default async function ProductPage({ params }: Props) {
  const { product, currency } = await load(params)
  const variants = product.variants.map((v) => ({
    id: v.id,
    title: v.title,
    optionValues: v.optionValues,
    price: v.prices.find((p) => p.currency === currency) ?? null,
    available: v.available,
  }))
  const sellable = variants.filter((v) => v.price)
  const category = product.categories[0]
  const [paths, related] = await Promise.all([
    categoryPaths(),
    category ? searchListing(listingState({}), { category: category.handle }, currency, { facets: false, limit: 5 }) : undefined,
  ])
  const url = absolute(`/products/${product.handle}`)
  const range = product.priceRanges.find((r) => r.currency === currency)
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Product',
          name: product.title,
          description: plain(product.descriptionHtml).slice(0, 5000),
          url,
          sku: variants[0] && product.variants[0]?.sku,
          image: product.images.map((i) => absolute(i.url)),
          ...(product.brand && { brand: { '@type': 'Brand', name: product.brand } }),
          offers: sellable.map((v) => ({
            '@type': 'Offer',
            url,
            sku: product.variants.find((pv) => pv.id === v.id)?.sku ?? undefined,
            price: decimalAmount(v.price!.amount, currency),
            priceCurrency: currency,
            availability: v.available > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
            itemCondition: 'https://schema.org/NewCondition',
          })),
        }}
      />
      {category && paths.get(category.id) && (
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'BreadcrumbList',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: category.name, item: absolute(paths.get(category.id)!) },
              { '@type': 'ListItem', position: 2, name: product.title, item: url },
            ],
          }}
        />
      )}
      {category && paths.get(category.id) && (
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
          <Link href={paths.get(category.id)!}>{category.name}</Link> <span aria-hidden>/</span>{' '}
          <span aria-current="page">{product.title}</span>
        </nav>
      )}
      <ProductPurchase
        title={product.title}
        brand={product.brand}
        images={product.images}
        options={product.options}
        variants={variants}
        currency={currency}
        fallbackPrice={range ? { min: range.min, max: range.max } : null}
      >
        <div className="prose mt-8 text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
        {Object.keys(product.attributes).length > 0 && (
          <dl className="mt-6 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            {Object.entries(product.attributes).map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="text-muted capitalize">{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </ProductPurchase>
      {related && related.items.filter((p) => p.id !== product.id).length > 0 && (
        <section aria-labelledby="related" className="mt-16">
          <h2 id="related" className="mb-4 text-xl font-semibold">
            You may also like
          </h2>
          <ProductGrid products={related.items.filter((p) => p.id !== product.id).slice(0, 4)} eager={0} />
        </section>
      )}
    </article>
  )
}
