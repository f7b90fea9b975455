import { Anchor, Code, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { AuditFilters } from './audit-filters'
import { useStaffNames, type StaffName } from '../lib/staff-names'

type Entry = ResponseBody<'/admin/audit-log', 'get'>['items'][number]

const PAGE_SIZE = 50
// Targets with a screen of their own.
const SCREENS: Record<string, string> = { customer: '/customers', order: '/orders', product: '/products' }

function Actor({ entry, staff }: { entry: Entry; staff: Map<string, StaffName> }) {
  const known = entry.actorId ? staff.get(entry.actorId) : undefined
  const viaToken = entry.details.via === 'api_token' ? String(entry.details.tokenId) : null
  return (
    <>
      <Text size="sm">{known?.name ?? entry.actorId ?? 'system'}</Text>
      <Text size="xs" c="dimmed">
        {known ? known.email : entry.actorKind}
        {viaToken && ` · via API token ${viaToken}`}
      </Text>
    </>
  )
}

function Target({ entry }: { entry: Entry }) {
  if (!entry.targetType && !entry.targetId) return <>—</>
  const screen = entry.targetType ? SCREENS[entry.targetType] : undefined
  return (
    <>
      <Text size="sm">{entry.targetType ?? '—'}</Text>
      {entry.targetId &&
        (screen ? (
          <Anchor component={Link} to={`${screen}/${entry.targetId}`} size="xs">
            {entry.targetId}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed">
            {entry.targetId}
          </Text>
        ))}
    </>
  )
}

function Details({ entry }: { entry: Entry }) {
  // How the actor called is shown with the actor.
  const { via: _via, tokenId: _tokenId, ...rest } = entry.details
  const fields = Object.entries(rest)
  return (
    <>
      {fields.map(([key, value]) => (
        <Text key={key} size="xs" style={{ overflowWrap: 'anywhere' }}>
          {key}: {typeof value === 'string' ? value : JSON.stringify(value)}
        </Text>
      ))}
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {[entry.ip && `IP ${entry.ip}`, entry.requestId && `request ${entry.requestId}`].filter(Boolean).join(' · ') || '—'}
      </Text>
    </>
  )
}

/** What staff did and whose personal data they read, newest first; the API's filters are in the URL. */
export function AuditLogScreen() {
  const filters = useUrlFilters()
  const staff = useStaffNames()
  const query = {
    actorId: filters.get('actorId'),
    action: filters.get('action'),
    targetType: filters.get('targetType'),
    targetId: filters.get('targetId'),
    cursor: filters.get('cursor'),
  }
  const list = useQuery({
    queryKey: ['audit-log', query],
    queryFn: () => unwrap(api.GET('/admin/audit-log', { params: { query: { limit: PAGE_SIZE, ...query } } })),
    placeholderData: keepPreviousData,
  })
  const rows = list.data?.items ?? []

  return (
    <Stack>
      <Title order={2}>Audit log</Title>
      <AuditFilters filters={filters} staff={staff} />
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={1040} type="native" tabIndex={0} aria-label="Audit log entries">
        <Table striped aria-busy={list.isFetching} data-testid="audit-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Actor</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id} data-action={entry.action}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{new Date(entry.at).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Actor entry={entry} staff={staff} />
                </Table.Td>
                <Table.Td>
                  <Code>{entry.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Target entry={entry} />
                </Table.Td>
                <Table.Td miw={240} maw={360}>
                  <Details entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>Nothing recorded matches.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={query.cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
    </Stack>
  )
}
