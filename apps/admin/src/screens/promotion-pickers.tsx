import { useMemo, useState } from 'react'
import { MultiSelect, Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'

interface PickerProps {
  label: string
  value: string[]
  onChange: (ids: string[]) => void
  error?: string
  disabled?: boolean
  description?: string
}

/**
 * Products by title, searched on the API as staff type; the chosen ones keep their titles (each
 * read once, shared with the product screen's cache) whatever the search shows now.
 */
export function ProductPicker({ label, value, onChange, error, disabled, description }: PickerProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const found = useQuery({
    queryKey: ['products', { q, picker: true }],
    queryFn: () => unwrap(api.GET('/admin/products', { params: { query: { limit: 20, q: q || undefined, sort: 'newest' } } })),
    placeholderData: keepPreviousData,
    enabled: !disabled,
  })
  const listed = new Map((found.data?.items ?? []).map((p) => [p.id, p.title]))
  const chosen = useQueries({
    queries: value
      .filter((id) => !listed.has(id))
      .map((productId) => ({
        queryKey: ['product', productId],
        queryFn: () => unwrap(api.GET('/admin/products/{productId}', { params: { path: { productId } } })),
        staleTime: 60_000,
      })),
  })
  for (const product of chosen) if (product.data) listed.set(product.data.id, product.data.title)
  const data = [...new Set([...value, ...listed.keys()])].map((id) => ({ value: id, label: listed.get(id) ?? id }))
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? 'Search products by title' : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has searched already (title or handle): show what it found.
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No products found'}
      hidePickedOptions
      error={error}
      disabled={disabled}
      maxValues={500}
    />
  )
}

type CategoryNode = ResponseBody<'/admin/categories', 'get'>['items'][number]

/** Categories from the tree, each named with its parents ("Clothing › Shoes"); a category includes its descendants. */
export function CategoryPicker({ label, value, onChange, error, disabled, description }: PickerProps) {
  const tree = useQuery({
    queryKey: ['categories'],
    queryFn: () => unwrap(api.GET('/admin/categories')),
    staleTime: 60_000,
  })
  const data = useMemo(() => {
    const options: { value: string; label: string }[] = []
    const walk = (nodes: CategoryNode[], path: string[]) => {
      for (const node of nodes) {
        options.push({ value: node.id, label: [...path, node.name].join(' › ') })
        walk(node.children as CategoryNode[], [...path, node.name])
      }
    }
    walk(tree.data?.items ?? [], [])
    for (const id of value) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id })
    return options
  }, [tree.data, value])
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? 'Choose categories' : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={tree.isPending ? 'Loading…' : 'No categories found'}
      hidePickedOptions
      error={error}
      disabled={disabled}
      maxValues={500}
    />
  )
}

/** The currencies the shop sells in (its regions'), and the one already chosen if no region uses it now. */
export function CurrencySelect({
  value,
  onChange,
  required,
  error,
  disabled,
}: {
  value: string
  onChange: (currency: string) => void
  required: boolean
  error?: string
  disabled?: boolean
}) {
  const regions = useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/admin/regions')), staleTime: 60_000 })
  const currencies = [...new Set([...(regions.data?.items ?? []).map((r) => r.currency), ...(value ? [value] : [])])].sort()
  return (
    <Select
      label="Currency"
      description={required ? undefined : 'Leave empty for carts in any currency'}
      placeholder={required ? 'Choose' : 'Any currency'}
      data={currencies}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      clearable={!required}
      required={required}
      error={error}
      disabled={disabled}
      w={260}
    />
  )
}
