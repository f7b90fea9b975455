import { useState } from 'react'
import { Alert, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan } from '../lib/session'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { HANDLE_PATTERN } from '../product/rules'
import { NamingDialog } from './naming-dialog'

type Collection = ResponseBody<'/admin/collections', 'get'>['items'][number]
interface Draft {
  id?: string
  title: string
  handle: string
  description: string
}

// The API's rules (CollectionInput in modules/catalog/schemas.ts).
function check(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!draft.title.trim()) errors.title = 'Name the collection'
  else if (draft.title.length > 200) errors.title = 'At most 200 characters'
  if (!HANDLE_PATTERN.test(draft.handle) || draft.handle.length > 200)
    errors.handle = 'Lower-case letters and digits, words joined by single hyphens'
  if (draft.description.length > 5000) errors.description = 'At most 5000 characters'
  return errors
}

/** Collections (curated sets shown in the store): add, rename, delete. Products join one from their own form. */
export function CollectionsScreen() {
  const can = useCan()
  const editable = can('catalog:write')
  const queries = useQueryClient()
  const filters = useUrlFilters()
  const cursor = filters.get('cursor')
  const list = useQuery({
    queryKey: ['collections', { cursor }],
    queryFn: () => unwrap(api.GET('/admin/collections', { params: { query: { limit: 50, cursor } } })),
    placeholderData: keepPreviousData,
  })
  const [editing, setEditing] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const refresh = () => queries.invalidateQueries({ queryKey: ['collections'] })

  const save = useMutation({
    mutationFn: (draft: Draft) => {
      const body = { title: draft.title.trim(), handle: draft.handle, description: draft.description.trim() || null }
      return draft.id
        ? unwrap(api.PATCH('/admin/collections/{collectionId}', { params: { path: { collectionId: draft.id } }, body }))
        : unwrap(api.POST('/admin/collections', { body }))
    },
    onSuccess: (saved) => {
      notify('green', `${saved.title} saved`)
      setEditing(null)
      void refresh()
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })
  const remove = useMutation({
    mutationFn: (c: Collection) => unwrap(api.DELETE('/admin/collections/{collectionId}', { params: { path: { collectionId: c.id } } })),
    onSuccess: () => {
      notify('green', 'Collection deleted; its products stay')
      void refresh()
    },
    onError: (error) => notify('red', error.message),
  })

  function open(draft: Draft) {
    setErrors({})
    setEditing(draft)
  }
  function submit() {
    const found = check(editing!)
    setErrors(found)
    if (Object.keys(found).length === 0) save.mutate(editing!)
  }

  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>Collections</Title>
        {editable && <Button onClick={() => open({ title: '', handle: '', description: '' })}>New collection</Button>}
      </Group>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="collections-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Handle</Table.Th>
              <Table.Th>Description</Table.Th>
              {editable && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.items ?? []).map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td>{c.handle}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {c.description ?? ''}
                  </Text>
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => open({ id: c.id, title: c.title, handle: c.handle, description: c.description ?? '' })}
                      >
                        Edit {c.title}
                      </Button>
                      <Button variant="subtle" color="red" size="compact-sm" onClick={() => remove.mutate(c)}>
                        Delete {c.title}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
      {editing && (
        <NamingDialog
          title={editing.id ? 'Edit collection' : 'New collection'}
          opened
          onClose={() => setEditing(null)}
          onSubmit={submit}
          nameLabel="Title"
          name={editing.title}
          handle={editing.handle}
          isNew={!editing.id}
          errors={errors}
          onChange={({ name, handle }) =>
            setEditing({ ...editing, ...(name !== undefined && { title: name }), ...(handle !== undefined && { handle }) })
          }
          submitLabel="Save collection"
          saving={save.isPending}
        >
          <Textarea
            label="Description"
            value={editing.description}
            onChange={(e) => setEditing({ ...editing, description: e.currentTarget.value })}
            error={errors.description}
            autosize
            minRows={2}
          />
        </NamingDialog>
      )}
    </Stack>
  )
}
