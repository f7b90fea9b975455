import { Anchor, Stack, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { emptyDraft } from '../product/draft'
import { ProductForm } from '../product/product-form'

/** A new product, created in one call with its variants, prices, images and stock. */
export function NewProductScreen() {
  const navigate = useNavigate()
  const queries = useQueryClient()
  return (
    <Stack>
      <Anchor component={Link} to="/products" size="sm">
        ← Products
      </Anchor>
      <Title order={2}>New product</Title>
      <ProductForm
        mode="create"
        initial={emptyDraft()}
        submitLabel="Create product"
        onSubmit={async (body) => {
          const created = await unwrap(api.POST('/admin/products', { body }))
          queries.setQueryData(['product', created.id], created)
          void queries.invalidateQueries({ queryKey: ['products'] })
          notify('green', `${created.title} created`)
          void navigate(`/products/${created.id}`)
        }}
      />
    </Stack>
  )
}
