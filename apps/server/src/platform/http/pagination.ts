import { Type } from 'typebox'
import { Problem } from '../../problems.js'

export const MAX_PAGE_SIZE = 100

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: `Page size, at most ${MAX_PAGE_SIZE}` }),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'Opaque cursor from the previous page’s nextCursor' })),
}

export const Page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) })

export type PageOf<T> = { items: T[]; nextCursor: string | null }

/** A cursor is the sort key of the last row, opaque to clients: base64url of a JSON array. */
export const encodeCursor = (values: (string | number | null)[]) => Buffer.from(JSON.stringify(values)).toString('base64url')

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | undefined {
  if (cursor === undefined) return undefined
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number'].includes(typeof v)))
      return values as (string | number | null)[]
  } catch {
    /* fall through */
  }
  throw invalidCursor()
}

export function invalidCursor() {
  return new Problem({
    type: 'validation',
    detail: 'The cursor is not one this list issued',
    errors: [{ pointer: '/query/cursor', detail: 'is not a valid cursor' }],
  })
}

/** Fetch limit+1 rows; if the extra one exists there is a next page, keyed by the last row shown. */
export function pageFrom<R, T>(rows: R[], limit: number, toItem: (row: R) => T, keyOf: (row: R) => (string | number | null)[]): PageOf<T> {
  const hasMore = rows.length > limit
  const shown = hasMore ? rows.slice(0, limit) : rows
  return { items: shown.map(toItem), nextCursor: hasMore ? encodeCursor(keyOf(shown[shown.length - 1]!)) : null }
}
