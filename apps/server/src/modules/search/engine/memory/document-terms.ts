import { FIELD_COUNT, packFrequencies, type FieldIndex } from './scorer.js'

/** A document with more distinct terms than this keeps the first ones: a description pasted from a PDF should not grow the index without bound. */
const MAX_TERMS_PER_DOCUMENT = 4096

/**
 * Collects one document's terms with their per-field counts, reusing its arrays from document to
 * document: `slot[term]` points into the current document's list, and is reset when it ends.
 */
export class DocumentTerms {
  private slot = new Int32Array(1024).fill(-1)
  private readonly list = new Uint32Array(MAX_TERMS_PER_DOCUMENT)
  private readonly counts = new Uint16Array(MAX_TERMS_PER_DOCUMENT * FIELD_COUNT)
  private size = 0

  add(term: number, field: FieldIndex): void {
    if (term >= this.slot.length) {
      const grown = new Int32Array(Math.max(this.slot.length * 2, term + 1)).fill(-1)
      grown.set(this.slot)
      this.slot = grown
    }
    let at = this.slot[term]!
    if (at < 0) {
      if (this.size === MAX_TERMS_PER_DOCUMENT) return
      at = this.size++
      this.slot[term] = at
      this.list[at] = term
      this.counts.fill(0, at * FIELD_COUNT, (at + 1) * FIELD_COUNT)
    }
    this.counts[at * FIELD_COUNT + field]!++
  }

  /** Hands each term with its packed frequencies to `emit`, then clears for the next document. */
  drain(emit: (term: number, packed: number) => void): void {
    for (let i = 0; i < this.size; i++) {
      const term = this.list[i]!
      emit(term, packFrequencies(this.counts, i * FIELD_COUNT))
      this.slot[term] = -1
    }
    this.size = 0
  }
}
