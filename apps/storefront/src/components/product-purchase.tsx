'use client'

import Image from 'next/image'
import { useActionState, useEffect, useMemo, useState, type ReactNode } from 'react'
import { addToCart, type ActionResult } from '@/actions/cart'
import { money } from '@/lib/money'
import { announceCartChanged } from '@/lib/cart-events'

interface Variant {
  id: string
  title: string
  optionValues: string[]
  price: { amount: number; compareAtAmount: number | null } | null
  available: number
}

interface Props {
  title: string
  brand: string | null
  images: { id: string; url: string; alt: string; width: number | null; height: number | null }[]
  options: { name: string; values: string[] }[]
  variants: Variant[]
  currency: string
  fallbackPrice: { min: number; max: number } | null
  children: ReactNode
}

/** The first variant that is in stock (else the first sold at all) opens the page. */
const firstChoice = (variants: Variant[]) =>
  variants.find((v) => v.price && v.available > 0) ?? variants.find((v) => v.price) ?? variants[0]

/**
 * Gallery, options and add to cart. Picking options picks the variant: its price, its stock and, when
 * an image shows that option (the photo "in Navy"), its image.
 */
export function ProductPurchase({ title, brand, images, options, variants, currency, fallbackPrice, children }: Props) {
  const [chosen, setChosen] = useState<string[]>(() => firstChoice(variants)?.optionValues ?? [])
  const variant = variants.find((v) => v.optionValues.every((value, i) => value === chosen[i]))
  const [imageIndex, setImageIndex] = useState(0)
  const [result, submit, pending] = useActionState<ActionResult | null, FormData>(addToCart, null)
  useEffect(() => {
    if (result?.ok) announceCartChanged()
  }, [result])

  const variantImage = useMemo(() => {
    const index = images.findIndex((image) => chosen.some((value) => image.alt.toLowerCase().endsWith(` in ${value.toLowerCase()}`)))
    return index >= 0 ? index : undefined
  }, [images, chosen])
  const shown = images[variantImage ?? imageIndex] ?? images[0]

  const choose = (optionIndex: number, value: string) => {
    setChosen((current) => current.map((v, i) => (i === optionIndex ? value : v)))
    setImageIndex(0)
  }
  /** Whether some sellable variant has this value with the other choices kept. */
  const exists = (optionIndex: number, value: string) =>
    variants.some(
      (v) => v.price && v.optionValues[optionIndex] === value && v.optionValues.every((x, i) => i === optionIndex || x === chosen[i]),
    )

  const soldOut = !variant || variant.available <= 0
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <div>
        <div className="aspect-square overflow-hidden rounded-lg bg-wash">
          {shown && (
            <Image
              src={shown.url}
              alt={shown.alt || title}
              width={shown.width ?? 900}
              height={shown.height ?? 900}
              sizes="(min-width: 768px) 50vw, 100vw"
              priority
              unoptimized={shown.url.endsWith('.svg')}
              className="h-full w-full object-cover"
            />
          )}
        </div>
        {images.length > 1 && (
          <ul className="mt-3 flex gap-2" aria-label="More images">
            {images.map((image, i) => (
              <li key={image.id}>
                <button
                  type="button"
                  onClick={() => setImageIndex(i)}
                  aria-label={`Show image ${i + 1}: ${image.alt || title}`}
                  aria-pressed={shown?.id === image.id}
                  className={`block h-16 w-16 overflow-hidden rounded border-2 ${shown?.id === image.id ? 'border-ink' : 'border-transparent'}`}
                >
                  <Image
                    src={image.url}
                    alt=""
                    width={64}
                    height={64}
                    unoptimized={image.url.endsWith('.svg')}
                    className="h-full w-full object-cover"
                  />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        {brand && <p className="text-muted">{brand}</p>}
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="mt-3 text-2xl" data-testid="price">
          {variant?.price
            ? money(variant.price.amount, currency)
            : fallbackPrice
              ? `From ${money(fallbackPrice.min, currency)}`
              : 'Not sold in your region'}
          {variant?.price?.compareAtAmount && variant.price.compareAtAmount > variant.price.amount && (
            <s className="ml-3 text-base text-muted">
              <span className="sr-only">was </span>
              {money(variant.price.compareAtAmount, currency)}
            </s>
          )}
        </p>
        <p className={`mt-1 text-sm ${soldOut ? 'text-danger' : 'text-ok'}`} data-testid="stock" aria-live="polite">
          {!variant
            ? 'This combination is not available'
            : soldOut
              ? 'Sold out'
              : variant.available <= 5
                ? `Only ${variant.available} left`
                : 'In stock'}
        </p>
        <form action={submit} className="mt-6 space-y-5">
          {options.map((option, optionIndex) => (
            <fieldset key={option.name}>
              <legend className="mb-2 text-sm font-semibold">
                {option.name}: <span className="font-normal">{chosen[optionIndex]}</span>
              </legend>
              <div className="flex flex-wrap gap-2">
                {option.values.map((value) => {
                  const id = `opt-${optionIndex}-${value}`
                  const possible = exists(optionIndex, value)
                  return (
                    <div key={value}>
                      <input
                        type="radio"
                        id={id}
                        name={`option-${optionIndex}`}
                        value={value}
                        checked={chosen[optionIndex] === value}
                        onChange={() => choose(optionIndex, value)}
                        className="peer sr-only"
                      />
                      <label
                        htmlFor={id}
                        className={`inline-block cursor-pointer rounded border px-3 py-2 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-paper peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-brand ${possible ? 'border-line' : 'border-dashed border-line text-muted line-through'}`}
                      >
                        {value}
                      </label>
                    </div>
                  )
                })}
              </div>
            </fieldset>
          ))}
          <input type="hidden" name="variantId" value={variant?.id ?? ''} />
          <div className="flex items-end gap-3">
            <div>
              <label htmlFor="quantity" className="block text-sm font-semibold">
                Quantity
              </label>
              <input
                id="quantity"
                name="quantity"
                type="number"
                min={1}
                max={Math.max(1, Math.min(variant?.available ?? 1, 99))}
                defaultValue={1}
                className="mt-1 w-20 rounded-md border border-line px-2 py-2"
              />
            </div>
            <button
              type="submit"
              disabled={soldOut || !variant?.price || pending}
              className="flex-1 rounded-md bg-brand px-4 py-3 font-semibold text-paper hover:bg-brand-dark disabled:cursor-not-allowed disabled:bg-muted"
            >
              {pending ? 'Adding…' : soldOut ? 'Sold out' : 'Add to cart'}
            </button>
          </div>
          <p role="status" className="min-h-[1.5rem] text-sm">
            {result?.ok === true && <span className="text-ok">Added to your cart.</span>}
            {result?.ok === false && <span className="text-danger">{result.error.detail ?? result.error.title}</span>}
          </p>
        </form>
        {children}
      </div>
    </div>
  )
}
