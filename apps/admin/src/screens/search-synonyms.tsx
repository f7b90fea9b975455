import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button, Group, Paper, Stack, Table, TagsInput, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { synonymError, WORD_LIMITS } from './search-words'

const KEY = ['search', 'synonyms']
const errorOf = (error: Error) => (error instanceof ApiProblem ? (error.fieldErrors().words ?? error.message) : error.message)

/**
 * Synonym groups: a word a shopper searches for matches every word of its group. `seed` is a query
 * from the zero-result report to start a new group with; once the group is added, it leaves the report.
 */
export function SynonymGroups({
  editable,
  seed,
  onSeedUsed,
}: {
  editable: boolean
  seed: { query: string } | null
  onSeedUsed: () => void
}) {
  const groups = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/admin/search/synonyms')) })
  const rows = groups.data?.items ?? []
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="synonyms-heading">
      <Stack>
        <Title order={3} size="h4" id="synonyms-heading">
          Synonyms
        </Title>
        <Text size="sm" c="dimmed">
          A search for any word of a group also finds products named by the others (sneakers finds trainers).
        </Text>
        {groups.isError && <Text c="red">{groups.error.message}</Text>}
        <Table striped aria-labelledby="synonyms-heading" aria-busy={groups.isFetching} data-testid="synonyms-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Words</Table.Th>
              {editable && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((group) => (
              <SynonymRow key={group.id} group={group} editable={editable} />
            ))}
            {groups.isSuccess && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={editable ? 2 : 1}>No synonym groups yet.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        {editable && <NewSynonymGroup seed={seed} onSeedUsed={onSeedUsed} />}
      </Stack>
    </Paper>
  )
}

function SynonymRow({ group, editable }: { group: { id: string; words: string[] }; editable: boolean }) {
  const queries = useQueryClient()
  const [words, setWords] = useState<string[] | null>(null)
  const [error, setError] = useState<string>()
  const name = group.words.join(', ')
  const path = { params: { path: { groupId: group.id } } }
  const save = useMutation({
    mutationFn: (next: string[]) => unwrap(api.PUT('/admin/search/synonyms/{groupId}', { ...path, body: { words: next } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: KEY })
      setWords(null)
      notify('green', 'Synonym group saved')
    },
    onError: (e) => setError(errorOf(e)),
  })
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/admin/search/synonyms/{groupId}', path)),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: KEY })
      notify('green', `Synonyms ${name} removed`)
    },
    onError: (e) => notify('red', e.message, 'The synonym group was not removed'),
  })

  if (words !== null)
    return (
      <Table.Tr>
        <Table.Td>
          <TagsInput
            aria-label={`Words of the group ${name}`}
            value={words}
            onChange={setWords}
            error={error}
            splitChars={[',', ';']}
            maxLength={WORD_LIMITS.word}
          />
        </Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              loading={save.isPending}
              onClick={() => {
                const problem = synonymError(words)
                setError(problem)
                if (!problem) save.mutate(words)
              }}
            >
              Save
            </Button>
            <Button size="xs" variant="default" onClick={() => setWords(null)} disabled={save.isPending}>
              Cancel
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
    )
  return (
    <Table.Tr>
      <Table.Td data-testid="synonym-words">{name}</Table.Td>
      {editable && (
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              aria-label={`Edit synonyms ${name}`}
              onClick={() => {
                setError(undefined)
                setWords(group.words)
              }}
            >
              Edit
            </Button>
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              aria-label={`Delete synonyms ${name}`}
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete
            </Button>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  )
}

function NewSynonymGroup({ seed, onSeedUsed }: { seed: { query: string } | null; onSeedUsed: () => void }) {
  const queries = useQueryClient()
  const [words, setWords] = useState<string[]>([])
  const [error, setError] = useState<string>()
  const input = useRef<HTMLInputElement>(null)
  const from = seed?.query
  useEffect(() => {
    if (!seed) return
    setWords((current) => (current.includes(seed.query) ? current : [seed.query, ...current]))
    input.current?.scrollIntoView({ block: 'center' })
    input.current?.focus()
  }, [seed])

  const add = useMutation({
    mutationFn: async (next: string[]) => {
      const group = await unwrap(api.POST('/admin/search/synonyms', { body: { words: next } }))
      // The query that found nothing now finds what its synonyms find: it is handled.
      if (from && next.includes(from)) await unwrap(api.DELETE('/admin/search/zero-results', { params: { query: { query: from } } }))
      return group
    },
    onSuccess: (group) => {
      void queries.invalidateQueries({ queryKey: KEY })
      void queries.invalidateQueries({ queryKey: ['search', 'zero-results'] })
      notify('green', `Synonym group ${group.words.join(', ')} added`)
      setWords([])
      onSeedUsed()
    },
    onError: (e) => setError(errorOf(e)),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const problem = synonymError(words)
    setError(problem)
    if (!problem) add.mutate(words)
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New synonym group">
      <Group align="end">
        <TagsInput
          ref={input}
          label="New synonym group"
          description="Two or more words or phrases that mean the same here; Enter or a comma after each"
          value={words}
          onChange={setWords}
          error={error}
          splitChars={[',', ';']}
          maxLength={WORD_LIMITS.word}
          w={480}
        />
        <Button type="submit" loading={add.isPending}>
          Add group
        </Button>
      </Group>
    </form>
  )
}
