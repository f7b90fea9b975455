import { createShopstackClient, type Schemas } from '@shopstack/sdk'

/**
 * The admin talks to the API it is served by: same origin, the staff session cookie, and the CSRF
 * token the client picks up from the session answer and sends on every write.
 */
export const api = createShopstackClient({ baseUrl: window.location.origin })

export type Problem = Schemas['def-0']

/** An API refusal (problem+json), thrown so queries and mutations fail with what the API said. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiProblem'
  }

  get status() {
    return this.problem.status
  }

  /** Field errors by the field's path in the request (/body/seoTitle → seoTitle, /body/variants/0/sku → variants.0.sku). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {}
    for (const error of this.problem.errors ?? []) {
      // "/body/variants/0/sku" → "variants.0.sku": where in the request goes; the field's path stays.
      const parts = error.pointer.split('/').filter(Boolean)
      if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift()
      const field = parts.join('.')
      byField[field || '_'] ??= error.detail
    }
    return byField
  }
}

/** The body of a successful answer, or the API's problem thrown. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  const problem =
    error && typeof error === 'object' && 'title' in error
      ? (error as Problem)
      : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status }
  throw new ApiProblem(problem)
}

/**
 * Sends a file as the raw request body (an image to /admin/media, a CSV to /admin/import-jobs):
 * the API takes the bytes with their own Content-Type, not a JSON or multipart wrapper.
 */
export async function sendFile<T>(
  path: '/admin/media' | '/admin/import-jobs',
  file: Blob,
  contentType: string,
  query?: Record<string, string>,
) {
  return unwrap<T>(
    api.POST(path, {
      params: { query: query as never },
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'content-type': contentType },
    }) as Promise<{ data?: T; error?: unknown; response: Response }>,
  )
}
