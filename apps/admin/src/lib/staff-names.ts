import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from './api'
import { useCan } from './session'

// A shop's staff fit in a few pages; past this the screens show ids for the rest.
const MAX_PAGES = 10

export interface StaffName {
  name: string
  email: string
}

/**
 * Staff by id, to show a name where the API gives an id (the audit log's actors, a token's creator).
 * Empty without staff:read: the screens then show the ids.
 */
export function useStaffNames(): Map<string, StaffName> {
  const can = useCan()
  const names = useQuery({
    queryKey: ['staff', 'names'],
    queryFn: async () => {
      const byId = new Map<string, StaffName>()
      let cursor: string | undefined
      for (let page = 0; page < MAX_PAGES; page++) {
        const { items, nextCursor } = await unwrap(api.GET('/admin/staff', { params: { query: { limit: 100, cursor } } }))
        for (const staff of items) byId.set(staff.id, { name: staff.name, email: staff.email })
        if (!nextCursor) break
        cursor = nextCursor
      }
      return byId
    },
    enabled: can('staff:read'),
    staleTime: 60_000,
  })
  return names.data ?? new Map()
}

/** "staff:staff_01…" or "staff_01…" as the staff member's name when known; other actors as they are. */
export function actorLabel(actor: string | null, names: Map<string, StaffName>): string {
  if (!actor) return ''
  const id = actor.startsWith('staff:') ? actor.slice('staff:'.length) : actor
  return names.get(id)?.name ?? actor
}
