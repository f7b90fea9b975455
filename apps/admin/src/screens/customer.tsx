import { useState, type ReactNode } from 'react'
import { Alert, Anchor, Badge, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { api, unwrap } from '../lib/api'
import { useCan } from '../lib/session'
import { addressLines, customerName, type Consents, type Erasure } from './customer-format'
import { CustomerOrders } from './customer-orders'
import { EraseCustomer, ErasureResult, ExportButton } from './customer-privacy'

const path = (customerId: string) => ({ params: { path: { customerId } } })

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </div>
  )
}

const SOURCES: Record<string, string> = {
  account: 'in their account',
  checkout: 'at checkout',
  registration: 'when registering',
  admin: 'by staff',
}

function MarketingConsent({ consents }: { consents: Consents }) {
  const { marketing } = consents.current
  return (
    <Stack gap="xs">
      <Text data-testid="marketing-consent">
        {marketing.granted ? 'Granted' : 'Not granted'}
        {marketing.at && ` · ${SOURCES[marketing.source ?? ''] ?? marketing.source} on ${new Date(marketing.at).toLocaleDateString()}`}
      </Text>
      {consents.history.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Decision</Table.Th>
              <Table.Th>Where</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.history.map((entry, i) => (
              <Table.Tr key={i}>
                <Table.Td>{entry.granted ? 'Granted' : 'Withdrawn'}</Table.Td>
                <Table.Td>{SOURCES[entry.source] ?? entry.source}</Table.Td>
                <Table.Td>{new Date(entry.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

/**
 * One customer: their details, addresses, marketing consent and orders; the export of their
 * personal data, and (with customers:write) its erasure. Each of these reads is audited by the API.
 */
export function CustomerScreen() {
  const { customerId = '' } = useParams()
  const can = useCan()
  const [erasure, setErasure] = useState<Erasure | null>(null)
  const live = erasure === null
  const customer = useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => unwrap(api.GET('/admin/customers/{customerId}', path(customerId))),
    enabled: live,
  })
  const addresses = useQuery({
    queryKey: ['customer', customerId, 'addresses'],
    queryFn: () => unwrap(api.GET('/admin/customers/{customerId}/addresses', path(customerId))),
    enabled: live,
  })
  const consents = useQuery({
    queryKey: ['customer', customerId, 'consents'],
    queryFn: () => unwrap(api.GET('/admin/customers/{customerId}/consents', path(customerId))),
    enabled: live,
  })

  if (erasure) return <ErasureResult erasure={erasure} />
  if (customer.isPending) return <Text>Loading…</Text>
  if (customer.isError) return <Alert color="red">{customer.error.message}</Alert>
  const c = customer.data
  const name = customerName(c)

  return (
    <Stack>
      <Anchor component={Link} to="/customers" size="sm">
        ← Customers
      </Anchor>
      <Group>
        <Title order={2}>{name ?? c.email}</Title>
        {c.emailVerified ? <Badge color="#1b5e20">Email verified</Badge> : <Badge color="#495057">Email not verified</Badge>}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Section id="details-heading" title="Details">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="customer-details">
                <Field label="Email" value={c.email} />
                <Field label="Name" value={name ?? '—'} />
                <Field label="Phone" value={c.phone ?? '—'} />
                <Field label="Customer since" value={new Date(c.createdAt).toLocaleString()} />
              </SimpleGrid>
            </Section>
            <Section id="addresses-heading" title="Addresses">
              {addresses.isError && <Text c="red">{addresses.error.message}</Text>}
              {addresses.data?.items.length === 0 && <Text size="sm">No saved addresses.</Text>}
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="addresses">
                {addresses.data?.items.map((address) => (
                  <Stack key={address.id} gap={0}>
                    {addressLines(address).map((line, i) => (
                      <Text key={i} size="sm">
                        {line}
                      </Text>
                    ))}
                    <Group gap={4} mt={4}>
                      {address.isDefaultShipping && (
                        <Badge size="sm" color="#495057" variant="outline">
                          Default shipping
                        </Badge>
                      )}
                      {address.isDefaultBilling && (
                        <Badge size="sm" color="#495057" variant="outline">
                          Default billing
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                ))}
              </SimpleGrid>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Section id="consent-heading" title="Marketing consent">
              {consents.isError && <Text c="red">{consents.error.message}</Text>}
              {consents.data && <MarketingConsent consents={consents.data} />}
            </Section>
            <Section id="privacy-heading" title="Personal data">
              <Stack gap="sm">
                <Text size="sm">
                  To answer a request from this person, after checking who they are: send them the export, or erase what the shop holds
                  about them.
                </Text>
                <Group>
                  <ExportButton customer={c} />
                  {can('customers:write') && <EraseCustomer customer={c} onErased={setErasure} />}
                </Group>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <Section id="orders-heading" title="Orders">
        <CustomerOrders customerId={c.id} />
      </Section>
    </Stack>
  )
}
