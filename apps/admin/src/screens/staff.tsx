import { useState } from 'react'
import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useCan, useSession } from '../lib/session'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { CreateStaffForm } from './staff-create'
import { ROLE_OPTIONS, RolesTable, roleLabel, type Role } from './staff-roles'

type StaffMember = ResponseBody<'/admin/staff', 'get'>['items'][number]
type Patch = { role?: Role; active?: boolean }

const PAGE_SIZE = 50

function changeMessage(patch: Patch, staff: StaffMember) {
  if (patch.role) return `${staff.name} is now ${roleLabel(patch.role)}`
  return patch.active ? `${staff.name} can sign in again` : `${staff.name} was deactivated`
}

/**
 * Who works in the shop: each staff member's role and whether they can sign in; with staff:write,
 * adding staff, changing a role and deactivating. Nobody changes their own role or access (the API refuses it).
 */
export function StaffScreen() {
  const filters = useUrlFilters()
  const cursor = filters.get('cursor')
  const can = useCan()
  const me = useSession().data?.staff.id
  const queries = useQueryClient()
  const editable = can('staff:write')
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null)

  const list = useQuery({
    queryKey: ['staff', 'list', { cursor }],
    queryFn: () => unwrap(api.GET('/admin/staff', { params: { query: { limit: PAGE_SIZE, cursor } } })),
    placeholderData: keepPreviousData,
  })

  const update = useMutation({
    mutationFn: ({ staff, patch }: { staff: StaffMember; patch: Patch }) =>
      unwrap(api.PATCH('/admin/staff/{staffId}', { params: { path: { staffId: staff.id } }, body: patch })),
    onSuccess: (_saved, { staff, patch }) => {
      setDeactivating(null)
      void queries.invalidateQueries({ queryKey: ['staff'] })
      notify('green', changeMessage(patch, staff))
    },
    onError: (error, { staff }) => notify('red', `${staff.name} was not changed: ${error.message}`),
  })
  const busy = (staff: StaffMember) => update.isPending && update.variables?.staff.id === staff.id
  const rows = list.data?.items ?? []

  return (
    <Stack>
      <Title order={2}>Staff</Title>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} aria-label="Staff members">
        <Table striped aria-busy={list.isFetching} data-testid="staff-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Added</Table.Th>
              {editable && <Table.Th>Access</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((staff) => {
              const self = staff.id === me
              return (
                <Table.Tr key={staff.id} data-staff={staff.email}>
                  <Table.Td>
                    {staff.name}
                    {self && (
                      <Badge ml="xs" size="sm" color="#495057" variant="outline">
                        You
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{staff.email}</Table.Td>
                  <Table.Td>
                    {editable && !self ? (
                      <Select
                        aria-label={`Role of ${staff.name}`}
                        data={ROLE_OPTIONS}
                        value={staff.role}
                        onChange={(value) => value && value !== staff.role && update.mutate({ staff, patch: { role: value as Role } })}
                        allowDeselect={false}
                        disabled={busy(staff)}
                        w={140}
                        size="xs"
                      />
                    ) : (
                      roleLabel(staff.role)
                    )}
                  </Table.Td>
                  <Table.Td>{staff.active ? <Badge color="#1b5e20">Active</Badge> : <Badge color="#a51d2d">Deactivated</Badge>}</Table.Td>
                  <Table.Td>{new Date(staff.createdAt).toLocaleDateString()}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {self ? (
                        <Text size="sm" c="dimmed">
                          Your own
                        </Text>
                      ) : staff.active ? (
                        <Button size="xs" variant="default" onClick={() => setDeactivating(staff)} disabled={busy(staff)}>
                          Deactivate
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => update.mutate({ staff, patch: { active: true } })}
                          loading={busy(staff)}
                        >
                          Reactivate
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              )
            })}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={editable ? 6 : 5}>No staff on this page.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
      {editable && <CreateStaffForm />}
      <RolesTable />

      <Modal
        opened={deactivating !== null}
        onClose={() => setDeactivating(null)}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          <Text size="sm">
            They are signed out at once and cannot sign in again, and the API tokens they created stop working, until someone reactivates
            them.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeactivating(null)} disabled={update.isPending}>
              Keep access
            </Button>
            <Button
              color="red.8"
              loading={update.isPending}
              onClick={() => deactivating && update.mutate({ staff: deactivating, patch: { active: false } })}
            >
              Deactivate
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
