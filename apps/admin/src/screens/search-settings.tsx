import { useState } from 'react'
import { Stack, Title } from '@mantine/core'
import { useCan } from '../lib/session'
import { StopWords } from './search-stop-words'
import { SynonymGroups } from './search-synonyms'
import { ZeroResults } from './search-zero-results'

/** How the store's search reads queries (synonyms, stop words), and what shoppers searched for in vain. */
export function SearchSettingsScreen() {
  const can = useCan()
  const editable = can('catalog:write')
  // A zero-result query staff chose to start a synonym group with (each choice anew, even of the same query).
  const [seed, setSeed] = useState<{ query: string } | null>(null)
  return (
    <Stack>
      <Title order={2}>Search</Title>
      <SynonymGroups editable={editable} seed={seed} onSeedUsed={() => setSeed(null)} />
      <StopWords editable={editable} />
      <ZeroResults editable={editable} onMakeSynonym={(query) => setSeed({ query })} />
    </Stack>
  )
}
