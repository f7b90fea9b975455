import { useSearchParams } from 'react-router'

/**
 * A list screen's filters and page live in the URL (shareable, kept on reload). Setting a filter
 * starts again from the first page; the cursor is the API's, opaque.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams()
  /** keepPage: the value is not a filter (an open panel), so the page stays. */
  const set = (name: string, value: string | null | undefined, options: { replace?: boolean; keepPage?: boolean } = {}) => {
    const next = new URLSearchParams(params)
    if (name !== 'cursor' && !options.keepPage) next.delete('cursor')
    if (value) next.set(name, value)
    else next.delete(name)
    setParams(next, options)
  }
  return { params, get: (name: string) => params.get(name) ?? undefined, set }
}
