import { useState } from 'react'
import { Badge, Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { useStaffNames } from '../lib/staff-names'
import { CreateTokenForm, type CreatedToken } from './token-create'
import { TokenSecretDialog } from './token-secret'

type Token = ResponseBody<'/admin/api-tokens', 'get'>['items'][number]

const PAGE_SIZE = 50
const when = (iso: string | null, none: string) => (iso ? new Date(iso).toLocaleString() : none)

/**
 * API tokens for integrations: each acts for the staff member who created it, with the permissions
 * chosen then (never more than that person's role holds now). The secret is shown once, at creation.
 */
export function ApiTokensScreen() {
  const filters = useUrlFilters()
  const cursor = filters.get('cursor')
  const queries = useQueryClient()
  const names = useStaffNames()
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const [revoking, setRevoking] = useState<Token | null>(null)

  const list = useQuery({
    queryKey: ['api-tokens', { cursor }],
    queryFn: () => unwrap(api.GET('/admin/api-tokens', { params: { query: { limit: PAGE_SIZE, cursor } } })),
    placeholderData: keepPreviousData,
  })
  const revoke = useMutation({
    mutationFn: (token: Token) => unwrap(api.DELETE('/admin/api-tokens/{tokenId}', { params: { path: { tokenId: token.id } } })),
    onSuccess: (_none, token) => {
      setRevoking(null)
      void queries.invalidateQueries({ queryKey: ['api-tokens'] })
      notify('green', `“${token.name}” was revoked and no longer works`)
    },
    onError: (error) => notify('red', `The token was not revoked: ${error.message}`),
  })
  const rows = list.data?.items ?? []

  return (
    <Stack>
      <Title order={2}>API tokens</Title>
      <Text size="sm" maw={760}>
        A token lets an integration call the API as the staff member who created it, limited to the permissions chosen for it. Tokens do not
        expire: revoke the ones no longer in use. A deactivated staff member’s tokens stop working.
      </Text>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={860} type="native" tabIndex={0} aria-label="API tokens">
        <Table striped aria-busy={list.isFetching} data-testid="tokens-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Permissions</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((token) => (
              <Table.Tr key={token.id} data-token={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {token.scopes.map((scope) => (
                      <Badge key={scope} size="sm" color="#495057" variant="outline" tt="none">
                        {scope}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {when(token.createdAt, '—')}
                  <Text size="xs" c="dimmed">
                    by {names.get(token.createdBy)?.name ?? token.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td>{when(token.lastUsedAt, 'Never')}</Table.Td>
                <Table.Td>
                  {token.revokedAt ? (
                    <>
                      <Badge color="#a51d2d">Revoked</Badge>
                      <Text size="xs" c="dimmed">
                        {when(token.revokedAt, '')}
                      </Text>
                    </>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Badge color="#1b5e20">Live</Badge>
                      <Button size="xs" variant="default" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>No tokens yet.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
      <CreateTokenForm onCreated={setCreated} />

      <TokenSecretDialog token={created} onClose={() => setCreated(null)} />
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          <Text size="sm">Calls made with this token are refused from now on. This cannot be undone: a new token has a new secret.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)} disabled={revoke.isPending}>
              Keep it
            </Button>
            <Button color="red.8" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking)}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
