import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { formatMoney } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan } from '../lib/session'
import { draftFromProduct } from '../product/draft'
import { ProductForm } from '../product/product-form'

/** One product: what the store sells now (variants, prices, stock), and the form to change it. */
export function ProductScreen() {
  const { productId = '' } = useParams()
  const can = useCan()
  const queries = useQueryClient()
  const product = useQuery({
    queryKey: ['product', productId],
    queryFn: () => unwrap(api.GET('/admin/products/{productId}', { params: { path: { productId } } })),
  })
  const archive = useMutation({
    mutationFn: () => unwrap(api.POST('/admin/products/{productId}/archive', { params: { path: { productId } } })),
    onSuccess: (saved) => {
      queries.setQueryData(['product', productId], saved)
      void queries.invalidateQueries({ queryKey: ['products'] })
      notify('green', 'Product archived: hidden from the store, kept on past orders')
    },
    onError: (error) => notify('red', error.message),
  })

  if (product.isPending) return <Text>Loading…</Text>
  if (product.isError) return <Alert color="red">{product.error.message}</Alert>
  const p = product.data
  const editable = can('catalog:write')

  return (
    <Stack>
      <Anchor component={Link} to="/products" size="sm">
        ← Products
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{p.title}</Title>
          <Badge>{p.status}</Badge>
        </Group>
        {editable && p.status !== 'archived' && (
          <Button variant="default" color="red" loading={archive.isPending} onClick={() => archive.mutate()}>
            Archive
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {p.handle} · {p.brand ?? 'no brand'} · {p.categories.map((c) => c.name).join(', ') || 'no category'}
      </Text>

      <Title order={3}>On sale now</Title>
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="variants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Variant</Table.Th>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Prices</Table.Th>
              <Table.Th>Available online</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.variants.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.title}</Table.Td>
                <Table.Td>{v.sku ?? '—'}</Table.Td>
                <Table.Td>{v.prices.map((price) => formatMoney(price.amount, price.currency)).join(' · ')}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/inventory?${new URLSearchParams({ ...(v.sku && { q: v.sku }), variant: v.id })}`}>
                    {v.available}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3}>Edit</Title>
      {/* Keyed by the last save: the form starts again from what the API stored. */}
      <ProductForm
        key={p.updatedAt}
        mode="edit"
        initial={draftFromProduct(p)}
        disabled={!editable}
        submitLabel="Save"
        onSubmit={async (body) => {
          const saved = await unwrap(api.PATCH('/admin/products/{productId}', { params: { path: { productId } }, body }))
          queries.setQueryData(['product', productId], saved)
          void queries.invalidateQueries({ queryKey: ['products'] })
          notify('green', 'Product saved')
        }}
      />
    </Stack>
  )
}
