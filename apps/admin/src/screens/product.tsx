import { useEffect, useState, type FormEvent } from 'react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Image,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { notify } from '../lib/notify'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { formatMoney, type ResponseBody } from '@shopstack/sdk'
import { api, ApiProblem, unwrap } from '../lib/api'
import { useCan } from '../lib/session'

type Product = ResponseBody<'/admin/products/{productId}', 'get'>
type Status = Product['status']

// The API's rules for these fields (ProductInput): checked here before sending.
const LIMITS = { title: 200, seoTitle: 200, seoDescription: 500 } as const

interface Draft {
  title: string
  status: Status
  seoTitle: string
  seoDescription: string
}

const draftOf = (p: Product): Draft => ({
  title: p.title,
  status: p.status,
  seoTitle: p.seoTitle ?? '',
  seoDescription: p.seoDescription ?? '',
})

function check(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {}
  if (draft.title.trim().length === 0) errors.title = 'A product needs a title'
  for (const field of ['title', 'seoTitle', 'seoDescription'] as const)
    if (draft[field].length > LIMITS[field]) errors[field] = `At most ${LIMITS[field]} characters`
  return errors
}

/** One product: its details, variants with prices and stock, and the fields staff change most. */
export function ProductScreen() {
  const { productId = '' } = useParams()
  const can = useCan()
  const queries = useQueryClient()
  const product = useQuery({
    queryKey: ['product', productId],
    queryFn: () => unwrap(api.GET('/admin/products/{productId}', { params: { path: { productId } } })),
  })
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  useEffect(() => {
    if (product.data) setDraft(draftOf(product.data))
  }, [product.data])

  const save = useMutation({
    mutationFn: (next: Draft) =>
      unwrap(
        api.PATCH('/admin/products/{productId}', {
          params: { path: { productId } },
          body: {
            title: next.title.trim(),
            status: next.status,
            seoTitle: next.seoTitle || null,
            seoDescription: next.seoDescription || null,
          },
        }),
      ),
    onSuccess: (saved) => {
      queries.setQueryData(['product', productId], saved)
      void queries.invalidateQueries({ queryKey: ['products'] })
      notify('green', 'Product saved')
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  if (product.isPending || !draft) return <Text>Loading…</Text>
  if (product.isError) return <Alert color="red">{product.error.message}</Alert>
  const p = product.data
  const editable = can('catalog:write')

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = check(draft!)
    setErrors(found)
    if (Object.keys(found).length === 0) save.mutate(draft!)
  }

  return (
    <Stack>
      <Anchor component={Link} to="/products" size="sm">
        ← Products
      </Anchor>
      <Group>
        <Title order={2}>{p.title}</Title>
        <Badge>{p.status}</Badge>
      </Group>
      <Text c="dimmed" size="sm">
        {p.handle} · {p.brand ?? 'no brand'} · {p.categories.map((c) => c.name).join(', ') || 'no category'}
      </Text>

      <form onSubmit={submit} noValidate>
        <Stack maw={640}>
          {errors._ && (
            <Alert color="red" role="alert">
              {errors._}
            </Alert>
          )}
          <TextInput
            label="Title"
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            error={errors.title}
            disabled={!editable}
            required
          />
          <Select
            label="Status"
            data={[
              { value: 'active', label: 'Active (on sale)' },
              { value: 'draft', label: 'Draft (hidden)' },
              { value: 'archived', label: 'Archived' },
            ]}
            value={draft.status}
            onChange={(value) => value && setDraft({ ...draft, status: value as Status })}
            error={errors.status}
            disabled={!editable}
            allowDeselect={false}
          />
          <TextInput
            label="SEO title"
            value={draft.seoTitle}
            onChange={(e) => setDraft({ ...draft, seoTitle: e.currentTarget.value })}
            error={errors.seoTitle}
            disabled={!editable}
          />
          <Textarea
            label="SEO description"
            value={draft.seoDescription}
            onChange={(e) => setDraft({ ...draft, seoDescription: e.currentTarget.value })}
            error={errors.seoDescription}
            disabled={!editable}
            autosize
            minRows={2}
          />
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>

      <Title order={3}>Variants</Title>
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="variants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Variant</Table.Th>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Prices</Table.Th>
              <Table.Th>Available</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.variants.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.title}</Table.Td>
                <Table.Td>{v.sku ?? '—'}</Table.Td>
                <Table.Td>{v.prices.map((price) => formatMoney(price.amount, price.currency)).join(' · ')}</Table.Td>
                <Table.Td>{v.available}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {p.images.length > 0 && (
        <>
          <Title order={3}>Images</Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }} maw={640}>
            {p.images.map((image) => (
              <Image key={image.id} src={image.url} alt={image.alt || p.title} radius="sm" h={140} fit="contain" bg="gray.1" />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  )
}
