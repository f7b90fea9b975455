import { describe, expect, it } from 'vitest'
import { newId } from './ids.js'

describe('newId', () => {
  it('hands out increasing ids within one millisecond', () => {
    const now = Date.now()
    const ids = Array.from({ length: 1000 }, () => newId('ord', now).slice(4))
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(1000)
  })

  it('sorts by time across milliseconds and keeps the prefix', () => {
    const earlier = newId('prod', 1_700_000_000_000)
    const later = newId('prod', 1_700_000_000_001)
    expect(earlier < later).toBe(true)
    expect(earlier).toMatch(/^prod_[0-9A-HJKMNP-TV-Z]{26}$/)
  })
})
