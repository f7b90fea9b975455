/**
 * mulberry32: a tiny, fast 32-bit PRNG. Good enough for demo data and, unlike Math.random,
 * seedable, so the same seed always yields the same catalog. Never use it for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly nextFloat: () => number

  constructor(seed: number) {
    this.nextFloat = mulberry32(Math.trunc(seed))
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextFloat()
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.nextFloat() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.nextFloat() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
    return items[Math.floor(this.nextFloat() * items.length)] as T
  }

  /** `count` distinct items in random order (partial Fisher-Yates on a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const size = Math.min(count, pool.length)
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(this.nextFloat() * (pool.length - i))
      const chosen = pool[j] as T
      pool[j] = pool[i] as T
      pool[i] = chosen
    }
    return pool.slice(0, size)
  }
}

/** Picks by relative weight; the cumulative table is built once because it is used per product. */
export function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = []
  let total = 0
  for (const item of items) {
    total += weightOf(item)
    cumulative.push(total)
  }
  if (items.length === 0 || total <= 0) throw new RangeError('weightedPicker needs items with positive weight')
  return (random) => {
    const target = random.float() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((cumulative[middle] as number) > target) high = middle
      else low = middle + 1
    }
    return items[low] as T
  }
}
