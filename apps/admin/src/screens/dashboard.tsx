import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { formatMoney, type ResponseBody } from '@shopstack/sdk'
import { api, unwrap } from '../lib/api'
import { DailyOrdersChart } from './daily-chart'

type Figures = ResponseBody<'/admin/dashboard', 'get'>
type Period = Figures['today']

/** The staff member's browser's time zone: "today" is their day. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

function PeriodCard({ heading, period }: { heading: string; period: Period }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={heading}>
      <Text size="sm" c="dimmed">
        {heading}
      </Text>
      <Text size="xl" fw={700} data-testid={`${heading}-orders`}>
        {period.orders} {period.orders === 1 ? 'order' : 'orders'}
      </Text>
      {period.byCurrency.map((c) => (
        <Text key={c.currency} size="sm">
          {formatMoney(c.sales, c.currency)} sales · {formatMoney(c.averageOrder, c.currency)} average
          {c.refunded > 0 && ` · ${formatMoney(c.refunded, c.currency)} refunded`}
        </Text>
      ))}
    </Paper>
  )
}

/** What a merchant opens the back office for: today, this month, the last 30 days, best sellers, stock running out. */
export function DashboardScreen() {
  const figures = useQuery({
    queryKey: ['dashboard', timeZone],
    queryFn: () => unwrap(api.GET('/admin/dashboard', { params: { query: { timeZone } } })),
    refetchInterval: 60_000,
  })
  if (figures.isPending) return <Text>Loading…</Text>
  if (figures.isError) return <Alert color="red">{figures.error.message}</Alert>
  const f = figures.data
  return (
    <Stack>
      <Title order={2}>Dashboard</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PeriodCard heading="Today" period={f.today} />
        <PeriodCard heading="This month" period={f.month} />
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="daily-heading">
        <Title order={3} size="h5" id="daily-heading" mb="xs">
          Orders, last 30 days
        </Title>
        <DailyOrdersChart days={f.daily} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="top-heading">
          <Title order={3} size="h5" id="top-heading" mb="xs">
            Best sellers this month
          </Title>
          {f.topProducts.length === 0 ? (
            <Text size="sm">No sales yet this month.</Text>
          ) : (
            <Table data-testid="top-products">
              <Table.Tbody>
                {f.topProducts.map((p) => (
                  <Table.Tr key={p.productId ?? p.title}>
                    <Table.Td>
                      {p.productId ? (
                        <Anchor component={Link} to={`/products/${p.productId}`}>
                          {p.title}
                        </Anchor>
                      ) : (
                        p.title
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{p.units} sold</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="low-heading">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" id="low-heading">
              Low stock (5 or fewer)
            </Title>
          </Group>
          {f.lowStock.length === 0 ? (
            <Text size="sm">Nothing is running low.</Text>
          ) : (
            <Table data-testid="low-stock">
              <Table.Tbody>
                {f.lowStock.map((v) => (
                  <Table.Tr key={v.variantId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/products/${v.productId}`}>
                        {v.productTitle}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {v.variantTitle} {v.sku && `· ${v.sku}`}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{v.available} left</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  )
}
