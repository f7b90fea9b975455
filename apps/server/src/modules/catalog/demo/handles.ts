const MAX_BASE_LENGTH = 180

/** "Chef's Sauté Pan" → "chefs-saute-pan": matches ^[a-z0-9]+(?:-[a-z0-9]+)*$. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // Leave room for a "-123456" suffix within the 200-character handle limit.
  return slug.length > MAX_BASE_LENGTH ? slug.slice(0, MAX_BASE_LENGTH).replace(/-+$/, '') : slug
}

/**
 * Hands out unique handles: the first product keeps the plain slug, later ones get "-2", "-3"…
 * Every issued handle is remembered, so a suffixed handle can never clash with another
 * product whose own slug happens to end in a number.
 */
export class HandleRegistry {
  /** Issued handle → next suffix to try when that handle is requested again. */
  private readonly nextSuffix = new Map<string, number>()

  claim(base: string): string {
    const next = this.nextSuffix.get(base)
    if (next === undefined) {
      this.nextSuffix.set(base, 2)
      return base
    }
    let suffix = next
    let candidate = `${base}-${suffix}`
    while (this.nextSuffix.has(candidate)) candidate = `${base}-${++suffix}`
    this.nextSuffix.set(base, suffix + 1)
    this.nextSuffix.set(candidate, 2)
    return candidate
  }
}
