import { useEffect, useState } from 'react'
import { Anchor, Button, Drawer, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { useLocations } from '../inventory/locations'
import { LocationManager } from '../inventory/location-manager'
import { VariantStock } from '../inventory/variant-stock'

const PAGE_SIZE = 50

/**
 * Stock per variant and location, a page at a time; search, location and "low stock" in the URL.
 * A row opens the variant's stock: adjust with a reason, and its movement history.
 */
export function InventoryScreen() {
  const filters = useUrlFilters()
  const q = filters.get('q') ?? ''
  const locationId = filters.get('location')
  const lowText = filters.get('low')
  const availableAtMost = lowText && /^\d{1,7}$/.test(lowText) ? Number(lowText) : undefined
  const cursor = filters.get('cursor')
  const variantId = filters.get('variant')
  const locations = useLocations()

  const [text, setText] = useState(q)
  const [typed] = useDebouncedValue(text.trim(), 250)
  useEffect(() => {
    if (typed !== q) filters.set('q', typed, { replace: true })
  }, [typed]) // only when the typed text settles

  const list = useQuery({
    queryKey: ['inventory', { q, locationId, availableAtMost, cursor }],
    queryFn: () =>
      unwrap(
        api.GET('/admin/inventory', {
          params: { query: { limit: PAGE_SIZE, q: q || undefined, locationId, availableAtMost, cursor } },
        }),
      ),
    placeholderData: keepPreviousData,
  })
  const rows = list.data?.items ?? []
  const opened = rows.find((r) => r.variantId === variantId)

  return (
    <Stack>
      <Title order={2}>Inventory</Title>
      <LocationManager />
      <Group align="end" wrap="wrap">
        <TextInput label="SKU or product" value={text} onChange={(e) => setText(e.currentTarget.value)} w={260} />
        <Select
          label="Location"
          placeholder="All"
          data={(locations.data?.items ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={locationId ?? null}
          onChange={(value) => filters.set('location', value)}
          clearable
          w={200}
        />
        <TextInput
          label="Available at most"
          value={lowText ?? ''}
          onChange={(e) => filters.set('low', e.currentTarget.value.replace(/\D/g, ''), { replace: true })}
          inputMode="numeric"
          w={150}
        />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover data-testid="inventory-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Variant</Table.Th>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>On hand</Table.Th>
              <Table.Th>Reserved</Table.Th>
              <Table.Th>Available</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.variantId}/${row.locationId}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/products/${row.productId}`}>
                    {row.productTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.variantTitle}</Table.Td>
                <Table.Td>{row.sku ?? '—'}</Table.Td>
                <Table.Td>{row.locationName}</Table.Td>
                <Table.Td>{row.onHand}</Table.Td>
                <Table.Td>{row.reserved}</Table.Td>
                <Table.Td fw={row.available <= 0 ? 700 : undefined}>{row.available}</Table.Td>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => filters.set('variant', row.variantId, { keepPage: true })}>
                    Stock of {row.sku ?? row.variantTitle}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && rows.length === 0 && <Text c="dimmed">No stock records match.</Text>}
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
      <Drawer
        opened={!!variantId}
        onClose={() => filters.set('variant', null, { keepPage: true })}
        position="right"
        size="xl"
        title={opened ? `${opened.productTitle} · ${opened.variantTitle}` : 'Stock'}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {variantId && <VariantStock variantId={variantId} />}
      </Drawer>
    </Stack>
  )
}
