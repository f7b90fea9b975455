import { API_URL } from './site'

interface RegionEntry {
  id: string
  handle: string
  countries: string[]
}

const KEEP_MS = 60_000
let known: { at: number; regions: RegionEntry[] } | undefined
let asking: Promise<RegionEntry[]> | undefined

/**
 * The shop's regions for the proxy, which runs before any page and outside Next's data cache: kept
 * for a minute, one request at a time, and the last good list is used while the API is away.
 */
export async function regionDirectory(): Promise<RegionEntry[]> {
  if (known && Date.now() - known.at < KEEP_MS) return known.regions
  asking ??= fetch(`${API_URL}/store/regions`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`regions: API answered ${response.status}`)
      const { items } = (await response.json()) as { items: RegionEntry[] }
      known = { at: Date.now(), regions: items }
      return items
    })
    .catch((error: unknown) => {
      if (known) return known.regions
      throw error
    })
    .finally(() => {
      asking = undefined
    })
  return asking
}
