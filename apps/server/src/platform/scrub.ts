/**
 * Replaces, anywhere in a JSON value, every string equal to one of `needles` (compared in lower
 * case) with null; says whether it found any. Erasure uses it on stored event payloads and replayed
 * responses, where a person's email or customer id sits as a whole field value.
 */
export function scrubStrings(value: unknown, needles: ReadonlySet<string>): { value: unknown; changed: boolean } {
  if (typeof value === 'string') return needles.has(value.toLowerCase()) ? { value: null, changed: true } : { value, changed: false }
  if (Array.isArray(value)) {
    const items = value.map((item) => scrubStrings(item, needles))
    return items.some((i) => i.changed) ? { value: items.map((i) => i.value), changed: true } : { value, changed: false }
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, scrubStrings(item, needles)] as const)
    return entries.some(([, i]) => i.changed)
      ? { value: Object.fromEntries(entries.map(([key, i]) => [key, i.value])), changed: true }
      : { value, changed: false }
  }
  return { value, changed: false }
}

/** The lower-cased, non-empty values to look for. */
export const needlesOf = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Replaces whole-word occurrences of any of `values` (case-insensitive) with "[erased]". Staff notes,
 * return and refund reasons are free text ("Grace called about the parcel"), so an erasure cannot only
 * null columns. Values under three characters are skipped: they would shred unrelated words.
 */
export function redactValues(text: string, values: string[]): string {
  const usable = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 3))].sort((a, b) => b.length - a.length)
  if (usable.length === 0) return text
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  return text.replace(pattern, '[erased]')
}
