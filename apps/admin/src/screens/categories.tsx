import { useState } from 'react'
import { ActionIcon, Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan } from '../lib/session'
import { flattenCategories } from '../product/catalog-choices'
import { HANDLE_PATTERN } from '../product/rules'
import { NamingDialog } from './naming-dialog'

interface Node {
  id: string
  handle: string
  name: string
  description: string | null
  position: number
  children: Node[]
}

const byPosition = (nodes: Node[]) => [...nodes].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))

interface Draft {
  id?: string
  name: string
  handle: string
  parentHandle: string | null
}

// The API's rules (CategoryInput in modules/catalog/schemas.ts).
function check(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!draft.name.trim()) errors.name = 'Name the category'
  else if (draft.name.length > 200) errors.name = 'At most 200 characters'
  if (!HANDLE_PATTERN.test(draft.handle) || draft.handle.length > 200)
    errors.handle = 'Lower-case letters and digits, words joined by single hyphens'
  return errors
}

function Branch({
  nodes,
  parent,
  depth,
  editable,
  busy,
  onReorder,
  onEdit,
  onDelete,
}: {
  nodes: Node[]
  parent: string | null
  depth: number
  editable: boolean
  busy: boolean
  onReorder: (ordered: Node[]) => void
  onEdit: (draft: Draft) => void
  onDelete: (node: Node) => void
}) {
  const ordered = byPosition(nodes)
  return ordered.map((node, i) => {
    const swap = (to: number) => {
      const next = [...ordered]
      ;[next[i], next[to]] = [next[to]!, next[i]!]
      onReorder(next)
    }
    return (
      <Stack key={node.id} gap={4}>
        <Paper withBorder px="sm" py={6} ml={depth * 24} data-testid="category-row">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={500}>{node.name}</Text>
              <Text size="xs" c="dimmed">
                {node.handle}
              </Text>
            </div>
            {editable && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="default" aria-label={`Move ${node.name} up`} disabled={i === 0 || busy} onClick={() => swap(i - 1)}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move ${node.name} down`}
                  disabled={i === ordered.length - 1 || busy}
                  onClick={() => swap(i + 1)}
                >
                  ↓
                </ActionIcon>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onEdit({ id: node.id, name: node.name, handle: node.handle, parentHandle: parent })}
                >
                  Edit {node.name}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  disabled={node.children.length > 0}
                  title={node.children.length > 0 ? 'Move or delete its subcategories first' : undefined}
                  onClick={() => onDelete(node)}
                >
                  Delete {node.name}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
        <Branch {...{ editable, busy, onReorder, onEdit, onDelete }} nodes={node.children} parent={node.handle} depth={depth + 1} />
      </Stack>
    )
  })
}

/** The category tree: add, rename, move under another parent, put in order, delete. */
export function CategoriesScreen() {
  const can = useCan()
  const editable = can('catalog:write')
  const queries = useQueryClient()
  const tree = useQuery({ queryKey: ['categories'], queryFn: () => unwrap(api.GET('/admin/categories')) })
  const [editing, setEditing] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const refresh = () => queries.invalidateQueries({ queryKey: ['categories'] })

  const save = useMutation({
    mutationFn: async (draft: Draft) => {
      const body = { name: draft.name.trim(), handle: draft.handle, parentHandle: draft.parentHandle }
      return draft.id
        ? unwrap(api.PATCH('/admin/categories/{categoryId}', { params: { path: { categoryId: draft.id } }, body }))
        : unwrap(api.POST('/admin/categories', { body }))
    },
    onSuccess: (saved) => {
      notify('green', `${saved.name} saved`)
      setEditing(null)
      void refresh()
    },
    onError: (error) => setErrors(error instanceof ApiProblem ? { ...error.fieldErrors(), _: error.message } : { _: error.message }),
  })

  // Reordering writes each sibling's new position: the tree's order is the API's, not the screen's.
  const reorder = useMutation({
    mutationFn: async (ordered: Node[]) => {
      for (const [position, node] of ordered.entries())
        if (node.position !== position)
          await unwrap(api.PATCH('/admin/categories/{categoryId}', { params: { path: { categoryId: node.id } }, body: { position } }))
    },
    onSettled: () => void refresh(),
    onError: (error) => notify('red', error.message),
  })

  const remove = useMutation({
    mutationFn: (node: Node) => unwrap(api.DELETE('/admin/categories/{categoryId}', { params: { path: { categoryId: node.id } } })),
    onSuccess: () => {
      notify('green', 'Category deleted; its products stay, without it')
      void refresh()
    },
    onError: (error) => notify('red', error.message),
  })

  const roots = (tree.data?.items ?? []) as Node[]
  const parents = flattenCategories(roots)

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
        <Title order={2}>Categories</Title>
        {editable && <Button onClick={() => open({ name: '', handle: '', parentHandle: null })}>New category</Button>}
      </Group>
      {tree.isError && <Alert color="red">{tree.error.message}</Alert>}
      <Stack gap={4}>
        <Branch
          nodes={roots}
          parent={null}
          depth={0}
          editable={editable}
          busy={reorder.isPending}
          onReorder={(ordered) => reorder.mutate(ordered)}
          onEdit={open}
          onDelete={(node) => remove.mutate(node)}
        />
      </Stack>
      {editing && (
        <NamingDialog
          title={editing.id ? 'Edit category' : 'New category'}
          opened
          onClose={() => setEditing(null)}
          onSubmit={submit}
          nameLabel="Name"
          name={editing.name}
          handle={editing.handle}
          isNew={!editing.id}
          errors={errors}
          onChange={(patch) => setEditing({ ...editing, ...patch })}
          submitLabel="Save category"
          saving={save.isPending}
        >
          <Select
            label="Parent"
            placeholder="None (top level)"
            data={parents.filter((p) => p.value !== editing.handle)}
            value={editing.parentHandle}
            onChange={(parentHandle) => setEditing({ ...editing, parentHandle })}
            error={errors.parentHandle}
            clearable
            searchable
          />
        </NamingDialog>
      )}
    </Stack>
  )
}
