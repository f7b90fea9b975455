import { randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * Prefixed, sortable, opaque ids: `prod_01JD3Z…`. The body is a ULID (48-bit millisecond
 * time + 80 random bits, Crockford base32), so ids sort by creation time and index well.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = now
  let head = ''
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head
    time = Math.floor(time / 32)
  }
  const random = randomBytes(16)
  let tail = ''
  for (let i = 0; i < 16; i++) tail += CROCKFORD[random[i]! & 31]
  return `${prefix}_${head}${tail}`
}
