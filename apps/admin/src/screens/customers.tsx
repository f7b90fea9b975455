import { useEffect, useState } from 'react'
import { Anchor, Badge, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { CursorPager } from '../cursor-pager'
import { customerName } from './customer-format'

const PAGE_SIZE = 50
// The API's limit for the email filter (/admin/customers?email=).
const EMAIL_FILTER_MAX = 254

/** Customers, newest first, a page at a time; the email search and the page are in the URL. */
export function CustomersScreen() {
  const filters = useUrlFilters()
  const email = filters.get('email')
  const cursor = filters.get('cursor')

  const [emailText, setEmailText] = useState(email ?? '')
  const [typed] = useDebouncedValue(emailText.trim(), 300)
  useEffect(() => {
    if (typed !== (email ?? '')) filters.set('email', typed, { replace: true })
  }, [typed]) // only when the typed text settles

  const list = useQuery({
    queryKey: ['customers', { email, cursor }],
    queryFn: () => unwrap(api.GET('/admin/customers', { params: { query: { limit: PAGE_SIZE, email, cursor } } })),
    placeholderData: keepPreviousData,
  })
  const rows = list.data?.items ?? []

  return (
    <Stack>
      <Title order={2}>Customers</Title>
      <Group align="end">
        <TextInput
          label="Email"
          description="Any part of the address"
          value={emailText}
          onChange={(e) => setEmailText(e.currentTarget.value)}
          maxLength={EMAIL_FILTER_MAX}
          w={300}
        />
      </Group>
      {list.isError && <Text c="red">{list.error.message}</Text>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="customers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Email verified</Table.Th>
              <Table.Th>Customer since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((customer) => (
              <Table.Tr key={customer.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${customer.id}`} size="sm">
                    {customer.email}
                  </Anchor>
                </Table.Td>
                <Table.Td>{customerName(customer) ?? '—'}</Table.Td>
                <Table.Td>{customer.phone ?? '—'}</Table.Td>
                <Table.Td>
                  {customer.emailVerified ? (
                    <Badge color="#1b5e20">Verified</Badge>
                  ) : (
                    <Badge color="#495057" variant="outline">
                      Not verified
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{new Date(customer.createdAt).toLocaleDateString()}</Table.Td>
              </Table.Tr>
            ))}
            {list.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>No customers match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onCursor={(next) => filters.set('cursor', next)} />
    </Stack>
  )
}
