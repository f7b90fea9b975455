import Image from 'next/image'
import Link from 'next/link'
import { priceRange } from '@/lib/money'

export interface CardProduct {
  id: string
  handle: string
  title: string
  brand: string | null
  thumbnail: { url: string; alt: string; width: number | null; height: number | null } | null
  price: { min: number; max: number; currency: string } | null
  inStock?: boolean
  highlightedTitle?: string
}

/** A listing card. Images keep their box before they load (no layout shift) and load lazily below the fold. */
export function ProductCard({ product, priority = false }: { product: CardProduct; priority?: boolean }) {
  const image = product.thumbnail
  return (
    <li className="group">
      <Link href={`/products/${product.handle}`} className="block">
        <div className="aspect-square overflow-hidden rounded-lg bg-wash">
          {image && (
            <Image
              src={image.url}
              alt={image.alt || product.title}
              width={image.width ?? 600}
              height={image.height ?? 600}
              sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 45vw"
              priority={priority}
              unoptimized={image.url.endsWith('.svg')}
              className="h-full w-full object-cover transition group-hover:scale-[1.02]"
            />
          )}
        </div>
        <div className="mt-2 text-sm">
          {product.brand && <p className="text-muted">{product.brand}</p>}
          {product.highlightedTitle ? (
            <h3 className="font-medium" dangerouslySetInnerHTML={{ __html: product.highlightedTitle }} />
          ) : (
            <h3 className="font-medium">{product.title}</h3>
          )}
          <p className="mt-1">
            {priceRange(product.price)}
            {product.inStock === false && <span className="ml-2 text-danger">Sold out</span>}
          </p>
        </div>
      </Link>
    </li>
  )
}

export function ProductGrid({ products, eager = 4 }: { products: CardProduct[]; eager?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} priority={i < eager} />
      ))}
    </ul>
  )
}
