import { useEffect, useState } from 'react'
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useCan } from '../lib/session'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { KINDS } from './promotion-draft'
import { describeValue, PromotionStateBadge, stateOf, usesText, windowText } from './promotion-summary'

const PAGE_SIZE = 50
const ACTIVE = [
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Deactivated' },
]
const kindLabel = (kind: string) => KINDS.find((k) => k.value === kind)?.label ?? kind

/** Promotions, newest first, a page at a time; the code search and the active filter in the URL. */
export function PromotionsScreen() {
  const filters = useUrlFilters()
  const can = useCan()
  const code = filters.get('code')
  const activeText = filters.get('active')
  const active = activeText === 'true' ? true : activeText === 'false' ? false : undefined
  const cursor = filters.get('cursor')

  const [codeText, setCodeText] = useState(code ?? '')
  const [typed] = useDebouncedValue(codeText.trim(), 300)
  useEffect(() => {
    if (typed !== (code ?? '')) filters.set('code', typed, { replace: true })
  }, [typed]) // only when the typed text settles

  const list = useQuery({
    queryKey: ['promotions', { code, active, cursor }],
    queryFn: () => unwrap(api.GET('/admin/promotions', { params: { query: { limit: PAGE_SIZE, code, active, cursor } } })),
    placeholderData: keepPreviousData,
  })
  const rows = list.data?.items ?? []

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Promotions</Title>
        {can('promotions:write') && (
          <Button component={Link} to="/promotions/new">
            New promotion
          </Button>
        )}
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput label="Code starts with" value={codeText} onChange={(e) => setCodeText(e.currentTarget.value)} maxLength={40} w={220} />
        <Select
          label="State"
          placeholder="Any"
          data={ACTIVE}
          value={active === undefined ? null : String(active)}
          onChange={(v) => filters.set('active', v)}
          clearable
          w={180}
        />
      </Group>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="promotions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Uses / limit</Table.Th>
              <Table.Th>Active window</Table.Th>
              <Table.Th>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((promotion) => (
              <Table.Tr key={promotion.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/promotions/${promotion.id}`}>
                    {promotion.code ?? 'Automatic'}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {promotion.name}
                  </Text>
                </Table.Td>
                <Table.Td>{kindLabel(promotion.kind)}</Table.Td>
                <Table.Td>{describeValue(promotion)}</Table.Td>
                <Table.Td>{usesText(promotion)}</Table.Td>
                <Table.Td>{windowText(promotion)}</Table.Td>
                <Table.Td>
                  <PromotionStateBadge state={stateOf(promotion)} />
                </Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>No promotions match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
    </Stack>
  )
}
