'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'

interface Suggestion {
  key: string
  kind: 'product' | 'category' | 'brand'
  highlighted: string
  href: string
}

interface SuggestAnswer {
  products: { id: string; highlightedLabel: string; handle: string }[]
  categories: { id: string; highlightedLabel: string; handle: string }[]
  brands: { label: string; highlightedLabel: string }[]
}

const KIND_LABEL = { product: 'Product', category: 'Category', brand: 'Brand' } as const

/**
 * The header's search: a plain GET form (works without JavaScript), enhanced into a combobox that
 * asks the API for suggestions as the shopper types. Arrow keys move, Enter opens, Escape closes.
 */
export function SearchBox({ apiUrl, currency }: { apiUrl: string; currency: string }) {
  const router = useRouter()
  const listId = useId()
  const [text, setText] = useState('')
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const aborter = useRef<AbortController | null>(null)

  useEffect(() => {
    const q = text.trim()
    if (q.length === 0) {
      setItems([])
      return
    }
    const timer = setTimeout(async () => {
      aborter.current?.abort()
      const controller = new AbortController()
      aborter.current = controller
      try {
        const url = `${apiUrl}/store/search/suggest?q=${encodeURIComponent(q)}&currency=${currency}&limit=8`
        const answer = (await (await fetch(url, { signal: controller.signal })).json()) as SuggestAnswer
        setItems([
          ...answer.products.map((p) => ({
            key: p.id,
            kind: 'product' as const,
            highlighted: p.highlightedLabel,
            href: `/products/${p.handle}`,
          })),
          ...answer.categories.map((c) => ({
            key: c.id,
            kind: 'category' as const,
            highlighted: c.highlightedLabel,
            href: `/categories/${c.handle}`,
          })),
          ...answer.brands.map((b) => ({
            key: `brand:${b.label}`,
            kind: 'brand' as const,
            highlighted: b.highlightedLabel,
            href: `/search?brand=${encodeURIComponent(b.label)}`,
          })),
        ])
        setActive(-1)
        setOpen(true)
      } catch {
        // Aborted by a newer keystroke, or the API is away: the form still searches on Enter.
      }
    }, 120)
    return () => clearTimeout(timer)
  }, [text, apiUrl, currency])

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!open || items.length === 0) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((i) => (i + 1) % items.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      setOpen(false)
      router.push(items[active]!.href)
    }
  }

  return (
    <form action="/search" role="search" className="relative" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search products
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder="Search products"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => items.length > 0 && setOpen(true)}
        role="combobox"
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        className="w-full rounded-md border border-line px-3 py-2"
      />
      {open && items.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="absolute z-20 mt-1 w-full rounded-md border border-line bg-paper shadow-lg"
        >
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`flex justify-between gap-3 px-3 py-2 cursor-pointer ${i === active ? 'bg-wash' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault()
                setOpen(false)
                router.push(item.href)
              }}
            >
              <span dangerouslySetInnerHTML={{ __html: item.highlighted }} />
              <span className="text-xs text-muted">{KIND_LABEL[item.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  )
}
