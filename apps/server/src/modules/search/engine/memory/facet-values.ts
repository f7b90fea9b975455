import { clearBit, growBitset, newBitset, orInto, remapBitset, setBit, type Bitset } from './bitset.js'

/**
 * The values of one filterable property (brands, categories, collections or attribute values):
 * each value gets an id, a bitset of the live documents holding it and a live count. A filter on
 * several values of one property is the OR of their bitsets.
 */
export class FacetValues {
  private readonly idOf = new Map<string, number>()
  readonly labels: string[] = []
  bitsets: Bitset[] = []
  readonly counts: number[] = []
  private bits: number

  constructor(bits: number) {
    this.bits = bits
  }

  get size(): number {
    return this.labels.length
  }

  get(label: string): number | undefined {
    return this.idOf.get(label)
  }

  intern(label: string): number {
    let id = this.idOf.get(label)
    if (id === undefined) {
      id = this.labels.length
      this.idOf.set(label, id)
      this.labels.push(label)
      this.bitsets.push(newBitset(this.bits))
      this.counts.push(0)
    }
    return id
  }

  add(id: number, ord: number): void {
    setBit(this.bitsets[id]!, ord)
    this.counts[id]!++
  }

  remove(id: number, ord: number): void {
    clearBit(this.bitsets[id]!, ord)
    this.counts[id]!--
  }

  /** Documents holding any of `labels`; unknown labels match nothing. */
  anyOf(labels: readonly string[]): Bitset {
    const ids = [...new Set(labels)].map((label) => this.idOf.get(label)).filter((id): id is number => id !== undefined)
    if (ids.length === 1) return this.bitsets[ids[0]!]!
    const union = newBitset(this.bits)
    for (const id of ids) orInto(union, this.bitsets[id]!)
    return union
  }

  grow(bits: number): void {
    this.bits = bits
    this.bitsets = this.bitsets.map((set) => growBitset(set, bits))
  }

  compact(remap: Int32Array, bits: number): void {
    this.bits = bits
    this.bitsets = this.bitsets.map((set) => remapBitset(set, remap, bits))
  }

  get byteLength(): number {
    return this.bitsets.reduce((sum, set) => sum + set.byteLength, 0)
  }
}

/** Attribute values keyed by name and value; `nameOf[id]` says which attribute a value id belongs to. */
export class AttributeValues extends FacetValues {
  readonly names: string[] = []
  readonly nameOf: number[] = []
  private readonly nameIdOf = new Map<string, number>()

  static key(name: string, value: string): string {
    return `${name}\u0000${value}`
  }

  valueId(name: string, value: string): number {
    const before = this.size
    const id = this.intern(AttributeValues.key(name, value))
    if (id === before) {
      let nameId = this.nameIdOf.get(name)
      if (nameId === undefined) {
        nameId = this.names.length
        this.nameIdOf.set(name, nameId)
        this.names.push(name)
      }
      this.nameOf.push(nameId)
    }
    return id
  }

  nameId(name: string): number | undefined {
    return this.nameIdOf.get(name)
  }

  /** The value part of a value id's label. */
  valueLabel(id: number): string {
    const label = this.labels[id]!
    return label.slice(label.indexOf('\u0000') + 1)
  }
}
