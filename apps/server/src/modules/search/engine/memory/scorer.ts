/**
 * BM25F: a term's frequencies in each field are weighted and length-normalised per field, summed,
 * and only then saturated, so a word found in both title and description scores a little more than
 * in the title alone, never twice as much.
 *
 * A posting keeps all fields' frequencies packed in 16 bits: 2 bits (0–3) for each short field and
 * 4 bits (0–15) for the description. Beyond those counts BM25 saturation makes the difference
 * negligible, and one list per term (instead of one per field) means one pass per query word.
 */

export const FIELD = { title: 0, brand: 1, category: 2, type: 3, attribute: 4, description: 5 } as const
export type FieldIndex = (typeof FIELD)[keyof typeof FIELD]
export const FIELD_COUNT = 6

const SHIFT = [0, 2, 4, 6, 8, 10] as const
const MAX_TF = [3, 3, 3, 3, 3, 15] as const

/** Field weights: title strongest, then brand, category names, product type and tags, attributes, description. */
export const FIELD_WEIGHT = [6, 4, 3, 2.5, 2, 1] as const
/** Length normalisation per field: short fields barely vary in length, descriptions a lot. */
const FIELD_B = [0.5, 0.3, 0.3, 0.4, 0.3, 0.75] as const
/** Saturation, on the weighted sum: high enough that a title match (weight 6) stays well ahead of a description one (weight 1). */
const K1 = 5

/** Mask of the title's bits in a packed frequency: suggestions match titles only. */
export const TITLE_BITS = 3
/** Every field but the description: a term found there names the product, not just its story. */
export const NAMING_FIELD_BITS = 0x3ff

/** Packs per-field counts (`counts[offset + field]`) into one 16-bit value. */
export function packFrequencies(counts: ArrayLike<number>, offset: number): number {
  let packed = 0
  for (let f = 0; f < FIELD_COUNT; f++) {
    const tf = Math.min(counts[offset + f]!, MAX_TF[f]!)
    packed |= tf << SHIFT[f]!
  }
  return packed
}

export const fieldFrequency = (packed: number, field: FieldIndex) => (packed >>> SHIFT[field]) & MAX_TF[field]

/** Inverse document frequency, the usual BM25 form (never negative). */
export function idf(documentFrequency: number, documents: number): number {
  const df = Math.min(documentFrequency, documents)
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5))
}

/**
 * Scores postings against the current collection statistics. `prepare` must run before a query
 * (field averages move with every upsert); after that `score` is allocation-free.
 */
export class Bm25f {
  private readonly a = new Float64Array(FIELD_COUNT)
  private readonly b = new Float64Array(FIELD_COUNT)

  prepare(lengthSums: Float64Array, documents: number): void {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const average = documents > 0 ? Math.max(lengthSums[f]! / documents, 1) : 1
      this.a[f] = 1 - FIELD_B[f]!
      this.b[f] = FIELD_B[f]! / average
    }
  }

  /** Saturated BM25F weight (without idf) of packed frequencies for the document whose field lengths start at `lengths[at]`. */
  score(packed: number, lengths: Uint16Array, at: number): number {
    let weighted = 0
    // Most postings of common words are description-only: skip the short fields' loop for them.
    if ((packed & NAMING_FIELD_BITS) !== 0)
      for (let f = 0; f < FIELD_COUNT - 1; f++) {
        const tf = (packed >>> SHIFT[f]!) & MAX_TF[f]!
        if (tf !== 0) weighted += (FIELD_WEIGHT[f]! * tf) / (this.a[f]! + this.b[f]! * lengths[at + f]!)
      }
    const description = packed >>> SHIFT[FIELD.description]
    if (description !== 0)
      weighted +=
        (FIELD_WEIGHT[FIELD.description] * description) /
        (this.a[FIELD.description]! + this.b[FIELD.description]! * lengths[at + FIELD.description]!)
    return (weighted * (K1 + 1)) / (weighted + K1)
  }
}
