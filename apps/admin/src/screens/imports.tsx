import { useEffect, useState } from 'react'
import { Alert, Anchor, Button, FileButton, Group, Paper, Progress, Select, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, sendFile, unwrap } from '../lib/api'
import { useUrlFilters } from '../lib/url-filters'
import { useCatalogChoices } from '../product/catalog-choices'

type Job = ResponseBody<'/admin/import-jobs/{jobId}', 'get'>
const running = (job?: Job) => job?.status === 'validating' || job?.status === 'importing'
const PHASE: Record<Job['status'], string> = {
  validating: 'Checking every row…',
  importing: 'Writing products…',
  completed: 'Imported',
  failed: 'Not imported',
}

function JobReport({ jobId }: { jobId: string }) {
  const queries = useQueryClient()
  const job = useQuery({
    queryKey: ['import-job', jobId],
    queryFn: () => unwrap(api.GET('/admin/import-jobs/{jobId}', { params: { path: { jobId } } })),
    refetchInterval: (query) => (running(query.state.data) || !query.state.data ? 500 : false),
  })
  const finished = job.data && !running(job.data)
  useEffect(() => {
    if (!finished) return
    void queries.invalidateQueries({ queryKey: ['import-jobs'] })
    void queries.invalidateQueries({ queryKey: ['products'] })
  }, [finished]) // once, when the job ends
  if (job.isError) return <Alert color="red">{job.error.message}</Alert>
  const j = job.data
  if (!j) return <Text>Loading…</Text>
  const percent = j.products ? Math.round((j.done / j.products) * 100) : 0
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-job">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{j.fileName ?? 'Upload'}</Text>
          <Text size="sm" data-testid="import-status">
            {PHASE[j.status]}
          </Text>
        </Group>
        {running(j) && (
          <Progress
            value={j.status === 'validating' ? 100 : percent}
            animated
            striped={j.status === 'validating'}
            aria-label={j.status === 'validating' ? 'Checking the file' : `${percent}% written`}
          />
        )}
        {j.status === 'importing' && (
          <Text size="sm">
            {j.done} of {j.products} products written
          </Text>
        )}
        {j.status === 'completed' && (
          <Alert color="green" title="Imported">
            {j.rows} rows: {j.created} products created, {j.updated} updated.
          </Alert>
        )}
        {j.status === 'failed' && (
          <Alert color="red" title="Nothing was imported" role="alert">
            {j.detail}
          </Alert>
        )}
        {j.errors.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {j.errors.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td>{e.column || '—'}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {j.errorCount > j.errors.length && (
          <Text size="sm" c="dimmed">
            The first {j.errors.length} of {j.errorCount} problems are shown.
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

/**
 * Products in and out as Shopify product CSV. An import is checked whole first: a file with any bad
 * row imports nothing and lists each problem by line and column.
 */
export function ImportsScreen() {
  const filters = useUrlFilters()
  const jobId = filters.get('job')
  const queries = useQueryClient()
  const { currencies } = useCatalogChoices()
  const [importCurrency, setImportCurrency] = useState<string | null>(null)
  const [exportCurrency, setExportCurrency] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const shopCurrencies = currencies.data ?? []
  const currencyIn = importCurrency ?? shopCurrencies[0] ?? 'USD'
  const currencyOut = exportCurrency ?? shopCurrencies[0] ?? 'USD'
  const recent = useQuery({
    queryKey: ['import-jobs'],
    queryFn: () => unwrap(api.GET('/admin/import-jobs', { params: { query: { limit: 10 } } })),
    placeholderData: keepPreviousData,
  })

  async function upload(file: File | null) {
    if (!file) return
    setProblem(null)
    if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') {
      setProblem(`${file.name} is not a CSV file`)
      return
    }
    setUploading(true)
    try {
      const job = await sendFile<Job>('/admin/import-jobs', file, 'text/csv', { currency: currencyIn, fileName: file.name.slice(0, 255) })
      filters.set('job', job.id)
      void queries.invalidateQueries({ queryKey: ['import-jobs'] })
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setUploading(false)
    }
  }

  return (
    <Stack maw={900}>
      <Title order={2}>Import and export</Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            Import products
          </Title>
          <Text size="sm">
            A Shopify product CSV: one row per variant, products by Handle. Existing handles are updated; prices are read in the currency
            chosen.
          </Text>
          <Group align="end">
            <Select label="Prices in" data={shopCurrencies} value={currencyIn} onChange={setImportCurrency} allowDeselect={false} w={140} />
            <FileButton onChange={(file) => void upload(file)} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} loading={uploading}>
                  Choose CSV file
                </Button>
              )}
            </FileButton>
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
        </Stack>
      </Paper>
      {jobId && <JobReport key={jobId} jobId={jobId} />}

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            Export products
          </Title>
          <Group align="end">
            <Select
              label="Prices in"
              data={shopCurrencies}
              value={currencyOut}
              onChange={setExportCurrency}
              allowDeselect={false}
              w={140}
            />
            <Button component="a" variant="default" href={`/admin/exports/products.csv?currency=${currencyOut}`} download>
              Download CSV
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Title order={3} size="h4">
        Recent imports
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="import-jobs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Started</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>Products</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(recent.data?.items ?? []).map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>{new Date(job.createdAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => filters.set('job', job.id)}>
                    {job.fileName ?? job.id}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {PHASE[job.status]}
                  {job.errorCount > 0 && ` (${job.errorCount} problem${job.errorCount === 1 ? '' : 's'})`}
                </Table.Td>
                <Table.Td>{job.status === 'completed' ? `${job.created} new, ${job.updated} updated` : (job.products ?? '—')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
