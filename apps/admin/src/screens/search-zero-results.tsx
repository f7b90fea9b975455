import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { useUrlFilters } from '../lib/url-filters'

const PAGE_SIZE = 25
/** The API pages this report up to page 1000. */
const LAST_PAGE = 1000
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * What shoppers searched for and found nothing, most searched first (the page in the URL). Each
 * query can become a synonym group, or be dismissed once handled; it returns if shoppers ask again.
 */
export function ZeroResults({ editable, onMakeSynonym }: { editable: boolean; onMakeSynonym: (query: string) => void }) {
  const queries = useQueryClient()
  const filters = useUrlFilters()
  const pageText = filters.get('zeroPage')
  const page = pageText && /^\d{1,4}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), LAST_PAGE) : 1
  const report = useQuery({
    queryKey: ['search', 'zero-results', page],
    queryFn: () => unwrap(api.GET('/admin/search/zero-results', { params: { query: { limit: PAGE_SIZE, page } } })),
    placeholderData: keepPreviousData,
  })
  const dismiss = useMutation({
    mutationFn: (query: string) => unwrap(api.DELETE('/admin/search/zero-results', { params: { query: { query } } })),
    onSuccess: (_, query) => {
      void queries.invalidateQueries({ queryKey: ['search', 'zero-results'] })
      notify('green', `“${query}” dismissed`)
    },
    onError: (e) => notify('red', e.message, 'The query was not dismissed'),
  })
  const rows = report.data?.items ?? []
  const setPage = (next: number) => filters.set('zeroPage', next > 1 ? String(next) : null)

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="zero-results-heading">
      <Stack>
        <Title order={3} size="h4" id="zero-results-heading">
          Searches that found nothing
        </Title>
        <Text size="sm" c="dimmed">
          The most frequent first. Counted every few seconds; a query comes back if shoppers search for it again after it is dismissed.
        </Text>
        {report.isError && <Text c="red">{report.error.message}</Text>}
        {/* Focusable, so keyboard users can scroll it sideways on a phone when it holds no buttons. */}
        <Table.ScrollContainer
          minWidth={640}
          scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': 'zero-results-heading' } }}
        >
          <Table striped aria-labelledby="zero-results-heading" aria-busy={report.isFetching} data-testid="zero-results-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Query</Table.Th>
                <Table.Th ta="right">Searches</Table.Th>
                <Table.Th>First searched</Table.Th>
                <Table.Th>Last searched</Table.Th>
                {editable && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.query}>
                  <Table.Td>{row.query}</Table.Td>
                  <Table.Td ta="right">{row.searches}</Table.Td>
                  <Table.Td>{when(row.firstAt)}</Table.Td>
                  <Table.Td>{when(row.lastAt)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Add synonyms for ${row.query}`}
                          onClick={() => onMakeSynonym(row.query)}
                        >
                          Add synonyms
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          aria-label={`Dismiss ${row.query}`}
                          loading={dismiss.isPending && dismiss.variables === row.query}
                          disabled={dismiss.isPending}
                          onClick={() => dismiss.mutate(row.query)}
                        >
                          Dismiss
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
              {report.isSuccess && rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={editable ? 5 : 4}>{page === 1 ? 'Every search found something.' : 'No more queries.'}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous page
          </Button>
          <Button variant="default" disabled={rows.length < PAGE_SIZE || page >= LAST_PAGE} onClick={() => setPage(page + 1)}>
            Next page
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
