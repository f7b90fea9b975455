import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { ResponseBody } from '@shopstack/sdk'
import { api, ApiProblem, unwrap } from './api'

export type StaffSession = ResponseBody<'/admin/auth/session', 'get'>
export type Permission = string

export const SESSION_KEY = ['session'] as const

/** The signed-in staff member, or null when there is none (the API answers 401). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<StaffSession | null> => {
      try {
        return await unwrap(api.GET('/admin/auth/session'))
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null
        throw error
      }
    },
    staleTime: 60_000,
    retry: false,
  })
}

/** Whether the signed-in staff member holds a permission; the API checks it again on every call. */
export function useCan() {
  const { data } = useSession()
  const held = new Set(data?.staff.permissions ?? [])
  return (permission: Permission) => held.has(permission)
}

export function useSignOut() {
  const queries = useQueryClient()
  return async () => {
    await api.POST('/admin/auth/logout')
    api.forgetSession()
    queries.clear()
    queries.setQueryData(SESSION_KEY, null)
  }
}
