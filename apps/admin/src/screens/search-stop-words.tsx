import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ApiProblem, unwrap } from '../lib/api'
import { notify } from '../lib/notify'
import { normalizeWord, stopWordsError, WORD_LIMITS } from './search-words'

const KEY = ['search', 'stop-words']

/** Words a search ignores ("the", "for"): the whole list, changed and saved at once. */
export function StopWords({ editable }: { editable: boolean }) {
  const stopWords = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/admin/search/stop-words')) })
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stop-words-heading">
      <Stack>
        <Title order={3} size="h4" id="stop-words-heading">
          Stop words
        </Title>
        <Text size="sm" c="dimmed">
          Words left out of every search, so “shoes for running” searches for shoes and running.
        </Text>
        {stopWords.isError && <Text c="red">{stopWords.error.message}</Text>}
        {stopWords.isPending && <Text size="sm">Loading…</Text>}
        {/* Keyed by the stored list: after a save the field starts from what the API kept. */}
        {stopWords.isSuccess && <StopWordsForm key={stopWords.data.words.join('\n')} stored={stopWords.data.words} editable={editable} />}
      </Stack>
    </Paper>
  )
}

function StopWordsForm({ stored, editable }: { stored: string[]; editable: boolean }) {
  const queries = useQueryClient()
  const [words, setWords] = useState(stored)
  const [error, setError] = useState<string>()
  const save = useMutation({
    mutationFn: (next: string[]) => unwrap(api.PUT('/admin/search/stop-words', { body: { words: next } })),
    onSuccess: (saved) => {
      queries.setQueryData(KEY, saved)
      notify('green', `${saved.words.length} stop ${saved.words.length === 1 ? 'word' : 'words'} saved`)
    },
    onError: (e) => setError(e instanceof ApiProblem ? (e.fieldErrors().words ?? e.message) : e.message),
  })
  const changed = words.map(normalizeWord).sort().join('\n') !== stored.join('\n')

  function submit(event: FormEvent) {
    event.preventDefault()
    const problem = stopWordsError(words)
    setError(problem)
    if (!problem) save.mutate(words)
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Stop words">
      <Group align="end">
        <TagsInput
          label="Words to leave out"
          description="Enter or a comma after each"
          value={words}
          onChange={setWords}
          error={error}
          splitChars={[',', ';']}
          maxLength={WORD_LIMITS.word}
          disabled={!editable}
          w={560}
        />
        {editable && (
          <Button type="submit" loading={save.isPending} disabled={!changed}>
            Save stop words
          </Button>
        )}
      </Group>
    </form>
  )
}
