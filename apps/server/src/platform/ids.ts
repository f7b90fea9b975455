import { randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

let lastTime = -1
let lastRandom: number[] = []

/** The next random part: fresh in a new millisecond, the previous one plus one within the same one. */
function randomPart(time: number): number[] {
  if (time === lastTime) {
    const next = [...lastRandom]
    for (let i = next.length - 1; i >= 0; i--) {
      if (next[i]! < 31) {
        next[i]!++
        break
      }
      next[i] = 0
    }
    return (lastRandom = next)
  }
  const bytes = randomBytes(16)
  lastTime = time
  // The top digit starts low, so a burst within one millisecond cannot run out of increments.
  lastRandom = Array.from(bytes, (b, i) => (i === 0 ? b & 15 : b & 31))
  return lastRandom
}

/**
 * Prefixed, sortable, opaque ids: `prod_01JD3Z…`. The body is a ULID (48-bit millisecond
 * time + 80 random bits, Crockford base32), so ids sort by creation time and index well.
 * Within one millisecond a process hands out increasing ids (monotonic ULIDs), so lists keyed
 * by id keep the order things happened in, even for rows written in the same instant.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = now
  let head = ''
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head
    time = Math.floor(time / 32)
  }
  const tail = randomPart(now)
    .map((d) => CROCKFORD[d])
    .join('')
  return `${prefix}_${head}${tail}`
}
