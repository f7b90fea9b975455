import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Problem, type FieldProblem } from '../../problems.js'

const CONTEXT_POINTER: Record<string, string> = { body: '/body', querystring: '/query', params: '/params', headers: '/headers' }

/** Turns Fastify's schema errors into field problems with JSON Pointers into the request. */
function validationProblem(error: FastifyError): Problem {
  const context = CONTEXT_POINTER[error.validationContext ?? 'body'] ?? '/body'
  const errors: FieldProblem[] = (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>
    let pointer = `${context}${issue.instancePath}`
    if (issue.keyword === 'required') pointer += `/${String(params.missingProperty)}`
    if (issue.keyword === 'additionalProperties') pointer += `/${String(params.additionalProperty)}`
    const detail = issue.keyword === 'additionalProperties' ? 'is not a known field' : (issue.message ?? 'is invalid')
    return { pointer, detail }
  })
  // A body of the wrong shape altogether (not an object, missing required fields) is a 400;
  // a well-formed request whose values break rules is a 422.
  const shapeKeywords = new Set(['type', 'required', 'additionalProperties'])
  const isShape = (error.validation ?? []).some((issue) => shapeKeywords.has(issue.keyword) && issue.instancePath === '')
  return new Problem({
    type: isShape ? 'bad-request' : 'validation',
    detail: errors.map((e) => `${e.pointer} ${e.detail}`).join('; '),
    errors,
  })
}

/** A lost database or Redis connection: the service is unavailable, not broken. */
function isConnectionFailure(error: Error): boolean {
  const code = (error as { code?: unknown }).code
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT' ||
    code === '57P01' ||
    error.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable/.test(error.message)
  )
}

function toProblem(error: FastifyError | Error): Problem | null {
  if (error instanceof Problem) return error
  const fastifyError = error as FastifyError
  if (fastifyError.validation) return validationProblem(fastifyError)
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem({ type: 'payload-too-large', detail: 'The request body is larger than this route accepts' })
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem({ type: 'unsupported-media-type', detail: 'Send the body as application/json' })
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new Problem({ type: 'bad-request', detail: 'The body is not valid JSON' })
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400)
    return new Problem({ type: 'bad-request', detail: 'The body is not valid JSON' })
  const code = (error as { code?: unknown }).code
  if (code === '23505') return new Problem({ type: 'conflict', detail: 'A record with the same unique value already exists' })
  // SQLSTATE class 22 is "data exception": a value PostgreSQL cannot store or compare (a NUL byte
  // in text, an out-of-range number). It comes from the request, so it is the client's to fix.
  if (typeof code === 'string' && code.startsWith('22') && code.length === 5)
    return new Problem({ type: 'validation', detail: 'A value in the request cannot be stored as given (for example a NUL character)' })
  if (isConnectionFailure(error)) return new Problem({ type: 'unavailable', detail: 'A backing service is unreachable; retry shortly' })
  const status = fastifyError.statusCode
  if (status === 429) return new Problem({ type: 'too-many-requests' })
  if (status && status >= 400 && status < 500) return new Problem({ type: 'bad-request', status, detail: fastifyError.message })
  return null
}

export function sendProblem(reply: FastifyReply, problem: Problem, instance?: string) {
  if (problem.headers) reply.headers(problem.headers)
  return reply.status(problem.status).type('application/problem+json').send(problem.toJSON(instance))
}

/** One error path for the whole API. A 500 logs the error and tells the client nothing about it. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error)
    if (problem) {
      if (problem.status >= 500) req.log.error({ err: error }, 'request failed')
      if (problem.status === 503) reply.header('retry-after', '5')
      return sendProblem(reply, problem, req.url.split('?')[0])
    }
    req.log.error({ err: error }, 'unhandled error')
    return sendProblem(reply, new Problem({ type: 'internal', detail: `Something went wrong; quote request id ${req.id}` }))
  })

  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, new Problem({ type: 'not-found', detail: `No route ${req.method} ${req.url.split('?')[0]}` })),
  )
}
