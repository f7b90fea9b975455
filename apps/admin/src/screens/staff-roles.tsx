import { Badge, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'

export type Role = ResponseBody<'/admin/staff', 'get'>['items'][number]['role']
export type PermissionName = ResponseBody<'/admin/staff/roles', 'get'>['permissions'][number]['name']

// Checked against the API's types: a role the API drops or renames fails the build here.
const ROLES = ['owner', 'admin', 'catalog', 'support'] as const satisfies readonly Role[]
const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', catalog: 'Catalog', support: 'Support' }
export const roleLabel = (role: Role) => ROLE_LABELS[role]
export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

/** The roles and permissions as the API defines them (fixed while it runs); needs staff:read. */
export function useRoles(enabled = true) {
  return useQuery({
    queryKey: ['staff-roles'],
    queryFn: () => unwrap(api.GET('/admin/staff/roles')),
    staleTime: Infinity,
    enabled,
  })
}

/** What each role may do, as the API grants it: one row per permission, one column per role. */
export function RolesTable() {
  const roles = useRoles()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="roles-heading">
      <Title order={3} size="h5" id="roles-heading" mb="xs">
        What each role may do
      </Title>
      {roles.isError && <Text c="red">{roles.error.message}</Text>}
      {roles.data && (
        // On a phone the matrix would hide every role off to the side: there, each role lists its permissions.
        <Stack hiddenFrom="sm" gap="md" data-testid="roles-list">
          {roles.data.roles.map(({ role, permissions }) => (
            <div key={role}>
              <Text fw={700}>{roleLabel(role)}</Text>
              <Group gap={4} mt={4}>
                {permissions.map((permission) => (
                  <Badge key={permission} size="sm" color="#495057" variant="outline" tt="none">
                    {permission}
                  </Badge>
                ))}
              </Group>
            </div>
          ))}
        </Stack>
      )}
      {roles.data && (
        <Table.ScrollContainer visibleFrom="sm" minWidth={640} type="native" tabIndex={0} aria-label="Permissions by role">
          <Table striped data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Permission</Table.Th>
                {roles.data.roles.map(({ role }) => (
                  <Table.Th key={role} ta="center">
                    {roleLabel(role)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.data.permissions.map((permission) => (
                <Table.Tr key={permission.name}>
                  <Table.Th scope="row" fw="normal">
                    <Text size="sm" fw={600} ff="monospace">
                      {permission.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {permission.description}
                    </Text>
                  </Table.Th>
                  {roles.data.roles.map(({ role, permissions }) => {
                    const held = permissions.includes(permission.name)
                    return (
                      <Table.Td key={role} ta="center" data-role={role} data-held={held}>
                        <span aria-hidden>{held ? '✓' : '–'}</span>
                        <VisuallyHidden>{held ? 'Yes' : 'No'}</VisuallyHidden>
                      </Table.Td>
                    )
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
