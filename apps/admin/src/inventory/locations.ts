import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../lib/api'

/** The shop's stock locations, the default (where online orders ship from) first. */
export function useLocations() {
  return useQuery({ queryKey: ['stock-locations'], queryFn: () => unwrap(api.GET('/admin/stock-locations')), staleTime: 60_000 })
}
