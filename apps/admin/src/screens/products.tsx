import { useEffect, useState } from 'react'
import { Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notify } from '../lib/notify'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { formatMoney, type ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { useCan } from '../lib/session'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { StatusBadge } from './status-badge'

type ProductRow = ResponseBody<'/admin/products', 'get'>['items'][number]
type Status = ProductRow['status']

const PAGE_SIZE = 50
const STATUSES: { value: Status; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'draft', label: 'Draft' },
  { value: 'archived', label: 'Archived' },
]
const isStatus = (value: string | null): value is Status => STATUSES.some((s) => s.value === value)

/**
 * Products, a page at a time from the API (keyset pages: the cursor is in the URL, with the search
 * and the status, so a filtered page can be shared and survives a reload).
 */
export function ProductsScreen() {
  const filters = useUrlFilters()
  const { params } = filters
  const q = params.get('q') ?? ''
  const status = isStatus(params.get('status')) ? (params.get('status') as Status) : undefined
  const cursor = params.get('cursor') ?? undefined
  const can = useCan()
  const queries = useQueryClient()

  const [text, setText] = useState(q)
  const [debounced] = useDebouncedValue(text.trim(), 250)
  useEffect(() => {
    // Typing is one step in the history, not one per pause.
    if (debounced !== q) filters.set('q', debounced, { replace: true })
  }, [debounced]) // only when the typed text settles: the URL is what it writes

  const list = useQuery({
    queryKey: ['products', { q, status, cursor }],
    queryFn: () =>
      unwrap(api.GET('/admin/products', { params: { query: { limit: PAGE_SIZE, q: q || undefined, status, cursor, sort: 'newest' } } })),
    placeholderData: keepPreviousData,
  })

  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulkStatus, setBulkStatus] = useState<Status | null>(null)
  useEffect(() => setSelected(new Set()), [q, status, cursor])

  const bulk = useMutation({
    mutationFn: async ({ ids, to }: { ids: string[]; to: Status }) => {
      // One change per product: each is validated, audited and announced to the storefront on its own.
      for (const id of ids)
        await unwrap(api.PATCH('/admin/products/{productId}', { params: { path: { productId: id } }, body: { status: to } }))
      return ids.length
    },
    onSuccess: (count, { to }) => {
      notify('green', `${count} product${count === 1 ? '' : 's'} set to ${to}`)
      setSelected(new Set())
      void queries.invalidateQueries({ queryKey: ['products'] })
    },
    onError: (error) => notify('red', error.message, 'Not all products were changed'),
  })

  const setFilter = filters.set
  const rows = list.data?.items ?? []
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id))

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Products</Title>
        {can('catalog:write') && (
          <Button component={Link} to="/products/new">
            New product
          </Button>
        )}
      </Group>
      <Group align="end">
        <TextInput label="Search" placeholder="Title or handle" value={text} onChange={(e) => setText(e.currentTarget.value)} w={280} />
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUSES}
          value={status ?? null}
          onChange={(value) => setFilter('status', value)}
          clearable
          w={180}
        />
        {can('catalog:write') && selected.size > 0 && (
          <Group align="end" gap="xs">
            <Select
              label={`Set status of ${selected.size} selected`}
              data={STATUSES}
              value={bulkStatus}
              onChange={(value) => setBulkStatus(isStatus(value) ? value : null)}
              w={220}
            />
            <Button
              disabled={!bulkStatus}
              loading={bulk.isPending}
              onClick={() => bulkStatus && bulk.mutate({ ids: [...selected], to: bulkStatus })}
            >
              Apply
            </Button>
          </Group>
        )}
      </Group>

      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="products-table">
          <Table.Thead>
            <Table.Tr>
              {can('catalog:write') && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Select all on this page"
                    checked={allSelected}
                    indeterminate={selected.size > 0 && !allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                  />
                </Table.Th>
              )}
              <Table.Th>Title</Table.Th>
              <Table.Th>Brand</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Price</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((product) => (
              <Table.Tr key={product.id}>
                {can('catalog:write') && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Select ${product.title}`}
                      checked={selected.has(product.id)}
                      onChange={() =>
                        setSelected((current) => {
                          const next = new Set(current)
                          if (next.has(product.id)) next.delete(product.id)
                          else next.add(product.id)
                          return next
                        })
                      }
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={`/products/${product.id}`}>
                    {product.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {product.handle}
                  </Text>
                </Table.Td>
                <Table.Td>{product.brand ?? '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={product.status} />
                </Table.Td>
                <Table.Td>
                  {product.price
                    ? product.price.min === product.price.max
                      ? formatMoney(product.price.min, product.price.currency)
                      : `${formatMoney(product.price.min, product.price.currency)} – ${formatMoney(product.price.max, product.price.currency)}`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>No products match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
    </Stack>
  )
}
