import { describe, expect, it } from 'vitest'
import { calculateTotals, type CartLineInput, type Totals, type TotalsInput } from './calculate-totals.js'
import type { Promotion, PromotionTarget } from './promotions.js'
import type { RegionTaxRates, TaxClass } from './tax.js'

// Every expected number below was worked out by hand; the arithmetic is in the comment beside it.
// Region: standard 20 %, reduced 10 %, zero 0 %; Germany overrides standard 19 % and reduced 7 %.
const REGION: RegionTaxRates = { default: { standard: 2000, reduced: 1000, zero: 0 }, countries: { DE: { standard: 1900, reduced: 700 } } }
const NOW = new Date('2026-06-15T12:00:00Z')
const ORDER: PromotionTarget = { scope: 'order' }
const products = (...productIds: string[]): PromotionTarget => ({ scope: 'products', productIds })

type Extra = Partial<Omit<CartLineInput, 'id' | 'unitPrice' | 'quantity' | 'taxClass'>>
const line = (id: string, unitPrice: number, quantity = 1, taxClass: TaxClass = 'standard', extra: Extra = {}): CartLineInput => ({
  id,
  productId: `p-${id}`,
  categoryIds: [],
  unitPrice,
  quantity,
  taxClass,
  weightGrams: 0,
  ...extra,
})
type Meta = Partial<Pick<Promotion, 'code' | 'minSubtotal' | 'startsAt' | 'endsAt'>>
const pct = (id: string, basisPoints: number, target: PromotionTarget = ORDER, meta: Meta = {}): Promotion => ({
  id,
  kind: 'percentage',
  basisPoints,
  target,
  ...meta,
})
const fixed = (id: string, amount: number, target: PromotionTarget = ORDER, meta: Meta = {}): Promotion => ({
  id,
  kind: 'fixed',
  amount,
  target,
  ...meta,
})
const freeShip = (id: string, meta: Meta = {}): Promotion => ({ id, kind: 'free_shipping', ...meta })
const bxgy = (id: string, buy: number, get: number, off: number, ids: string[], meta: Meta = {}): Promotion => ({
  id,
  kind: 'buy_x_get_y',
  buyQuantity: buy,
  getQuantity: get,
  percentOffBasisPoints: off,
  productIds: ids,
  ...meta,
})

interface Case {
  name: string
  input: Partial<TotalsInput>
  /** [subtotal, discount, tax, total] per line */
  lines: [number, number, number, number][]
  /** [amount, discount, tax, total]; [0, 0, 0, 0] when absent */
  shipping?: [number, number, number, number]
  total: number
  applied?: Totals['appliedPromotions']
  rejectedCode?: Totals['rejectedCode']
  shippingAvailable?: boolean
}

const flat = (amount: number, freeAbove?: number) => ({ kind: 'flat' as const, amount, ...(freeAbove === undefined ? {} : { freeAbove }) })
const TIERS = {
  kind: 'weight' as const,
  tiers: [
    { upToGrams: 1000, amount: 400 },
    { upToGrams: 5000, amount: 900 },
    { upToGrams: null, amount: 2000 },
  ],
}
const g = (weightGrams: number) => ({ weightGrams })
const before = new Date(NOW.getTime() - 1)
const after = new Date(NOW.getTime() + 1)

const cases: Case[] = [
  // --- tax classes, exclusive and inclusive ---
  {
    name: 'adds 20 % standard tax on top of exclusive prices',
    input: { lines: [line('a', 1000, 2)] },
    lines: [[2000, 0, 400, 2400]],
    total: 2400,
  },
  { name: 'adds 10 % reduced tax', input: { lines: [line('a', 1000, 1, 'reduced')] }, lines: [[1000, 0, 100, 1100]], total: 1100 },
  { name: 'adds no tax on zero-rated lines', input: { lines: [line('a', 1000, 1, 'zero')] }, lines: [[1000, 0, 0, 1000]], total: 1000 },
  {
    name: 'taxes each line at its own class in a mixed cart',
    input: { lines: [line('a', 1000), line('b', 500, 1, 'reduced'), line('c', 300, 1, 'zero')] },
    lines: [
      [1000, 0, 200, 1200],
      [500, 0, 50, 550],
      [300, 0, 0, 300],
    ],
    total: 2050,
  },
  {
    name: 'takes 20 % tax out of an inclusive price without changing the total', // 1200 − 1200×10000/12000 = 200
    input: { pricesIncludeTax: true, lines: [line('a', 1200)] },
    lines: [[1200, 0, 200, 1200]],
    total: 1200,
  },
  {
    name: 'rounds the net part of an inclusive price half up', // 999×10000/12000 = 832.5 → 833, tax 166
    input: { pricesIncludeTax: true, lines: [line('a', 999)] },
    lines: [[999, 0, 166, 999]],
    total: 999,
  },
  {
    name: 'uses a country override and falls back to the region default for classes it does not override',
    input: { country: 'DE', lines: [line('a', 1000), line('b', 1000, 1, 'reduced'), line('c', 500, 1, 'zero')] },
    lines: [
      [1000, 0, 190, 1190],
      [1000, 0, 70, 1070],
      [500, 0, 0, 500],
    ],
    total: 2760,
  },
  {
    name: 'uses the country override for inclusive prices', // 1190 − 1190×10000/11900 = 190
    input: { country: 'DE', pricesIncludeTax: true, lines: [line('a', 1190)] },
    lines: [[1190, 0, 190, 1190]],
    total: 1190,
  },
  // --- per-line half-up rounding ---
  {
    name: 'rounds 3 × 333 at 7.5 % once on the line', // 999 × 0.075 = 74.925 → 75
    input: { taxRates: { default: { standard: 750, reduced: 750, zero: 0 } }, lines: [line('a', 333, 3)] },
    lines: [[999, 0, 75, 1074]],
    total: 1074,
  },
  {
    name: 'rounds 3 × 10 at 7.5 % on the line (2), not per unit (3 × 1)', // 30 × 0.075 = 2.25 → 2
    input: { taxRates: { default: { standard: 750, reduced: 750, zero: 0 } }, lines: [line('a', 10, 3)] },
    lines: [[30, 0, 2, 32]],
    total: 32,
  },
  {
    name: 'rounds a half-unit tie up on each line so the order total is the sum of the lines', // 5 × 10 % = 0.5 → 1, twice
    input: { lines: [line('a', 5, 1, 'reduced'), line('b', 5, 1, 'reduced')] },
    lines: [
      [5, 0, 1, 6],
      [5, 0, 1, 6],
    ],
    total: 12,
  },
  // --- percentage and fixed discounts ---
  {
    name: 'takes a percentage off every line for an order-wide promotion, then taxes what is left',
    input: { lines: [line('a', 1000), line('b', 2000, 1, 'reduced')], promotions: [pct('p10', 1000)] },
    lines: [
      [1000, 100, 180, 1080],
      [2000, 200, 180, 1980],
    ],
    total: 3060,
    applied: [{ id: 'p10', amount: 300 }],
  },
  {
    name: 'takes a percentage off the targeted products only',
    input: { lines: [line('a', 1000), line('b', 2000)], promotions: [pct('p25', 2500, products('p-b'))] },
    lines: [
      [1000, 0, 200, 1200],
      [2000, 500, 300, 1800],
    ],
    total: 3000,
    applied: [{ id: 'p25', amount: 500 }],
  },
  {
    name: 'matches a category target through an ancestor category on the line',
    input: {
      lines: [
        line('a', 1000, 1, 'standard', { categoryIds: ['shoes', 'apparel'] }),
        line('b', 500, 1, 'reduced', { categoryIds: ['books'] }),
      ],
      promotions: [pct('app20', 2000, { scope: 'categories', categoryIds: ['apparel'] })],
    },
    lines: [
      [1000, 200, 160, 960],
      [500, 0, 50, 550],
    ],
    total: 1510,
    applied: [{ id: 'app20', amount: 200 }],
  },
  {
    name: 'prorates a fixed order discount by line amounts', // 1000 × 3000/4000 = 750, × 1000/4000 = 250
    input: { lines: [line('a', 3000), line('b', 1000)], promotions: [fixed('f10', 1000)] },
    lines: [
      [3000, 750, 450, 2700],
      [1000, 250, 150, 900],
    ],
    total: 3600,
    applied: [{ id: 'f10', amount: 1000 }],
  },
  {
    name: 'splits 1000 off three equal lines as 334/333/333 and taxes each line after its share',
    // nets 666/667/667; tax 133.2 → 133, 66.7 → 67, 0
    input: { lines: [line('a', 1000), line('b', 1000, 1, 'reduced'), line('c', 1000, 1, 'zero')], promotions: [fixed('f10', 1000)] },
    lines: [
      [1000, 334, 133, 799],
      [1000, 333, 67, 734],
      [1000, 333, 0, 667],
    ],
    total: 2200,
    applied: [{ id: 'f10', amount: 1000 }],
  },
  {
    name: 'takes a fixed amount off the targeted products only',
    input: { lines: [line('a', 1000), line('b', 300, 2)], promotions: [fixed('f5', 500, products('p-b'))] },
    lines: [
      [1000, 0, 200, 1200],
      [600, 500, 20, 120],
    ],
    total: 1320,
    applied: [{ id: 'f5', amount: 500 }],
  },
  {
    name: 'caps a fixed discount larger than the subtotal at the subtotal, leaving shipping to pay',
    input: { lines: [line('a', 1000), line('b', 500)], promotions: [fixed('f50', 5000)], shipping: flat(500) },
    lines: [
      [1000, 1000, 0, 0],
      [500, 500, 0, 0],
    ],
    shipping: [500, 0, 100, 600],
    total: 600,
    applied: [{ id: 'f50', amount: 1500 }],
  },
  {
    name: 'caps a fixed category discount at the amount of the matching lines',
    input: {
      lines: [line('a', 1000, 1, 'standard', { categoryIds: ['apparel'] }), line('b', 500, 1, 'reduced', { categoryIds: ['books'] })],
      promotions: [fixed('books20', 2000, { scope: 'categories', categoryIds: ['books'] })],
    },
    lines: [
      [1000, 0, 200, 1200],
      [500, 500, 0, 0],
    ],
    total: 1200,
    applied: [{ id: 'books20', amount: 500 }],
  },
  {
    name: 'never discounts a line below zero when a 100 % discount is followed by a fixed one',
    input: { lines: [line('a', 1000), line('b', 1000)], promotions: [fixed('f5', 500), pct('a100', 10000, products('p-a'))] },
    lines: [
      [1000, 1000, 0, 0],
      [1000, 500, 100, 600],
    ],
    total: 600,
    applied: [
      { id: 'f5', amount: 500 },
      { id: 'a100', amount: 1000 },
    ],
  },
  // --- buy x get y ---
  {
    name: 'gives the cheapest of three matching units free with buy 2 get 1',
    input: { lines: [line('tee', 1500, 2), line('cap', 500)], promotions: [bxgy('b2g1', 2, 1, 10000, ['p-tee', 'p-cap'])] },
    lines: [
      [3000, 0, 600, 3600],
      [500, 500, 0, 0],
    ],
    total: 3600,
    applied: [{ id: 'b2g1', amount: 500 }],
  },
  {
    name: 'frees the cheapest unit of each complete group of three and nothing for the leftover unit',
    // sorted 1000 1000 1000 | 1000 400 400 | 400 → one tee and one cap free
    input: { lines: [line('tee', 1000, 4), line('cap', 400, 3)], promotions: [bxgy('b2g1', 2, 1, 10000, ['p-tee', 'p-cap'])] },
    lines: [
      [4000, 1000, 600, 3600],
      [1200, 400, 160, 960],
    ],
    total: 4560,
    applied: [{ id: 'b2g1', amount: 1400 }],
  },
  {
    name: 'takes half off the second unit with buy 1 get 1 50 %, rounding the half unit up', // 999 × 50 % = 499.5 → 500; tax 299.6 → 300
    input: { lines: [line('tee', 999, 2)], promotions: [bxgy('b1g1', 1, 1, 5000, ['p-tee'])] },
    lines: [[1998, 500, 300, 1798]],
    total: 1798,
    applied: [{ id: 'b1g1', amount: 500 }],
  },
  {
    name: 'accepts a buy 2 get 1 code with only two units but takes nothing off yet',
    input: { lines: [line('tee', 1000, 2)], promotions: [bxgy('b2g1', 2, 1, 10000, ['p-tee'], { code: 'TRIO' })], code: 'TRIO' },
    lines: [[2000, 0, 400, 2400]],
    total: 2400,
    applied: [{ id: 'b2g1', code: 'TRIO', amount: 0 }],
  },
  {
    name: 'applies buy x get y before a percentage listed ahead of it',
    // 3 × 1000, one free → 2000 left; 10 % of 2000 = 200
    input: { lines: [line('tee', 1000, 3)], promotions: [pct('p10', 1000), bxgy('b2g1', 2, 1, 10000, ['p-tee'])] },
    lines: [[3000, 1200, 360, 2160]],
    total: 2160,
    applied: [
      { id: 'p10', amount: 200 },
      { id: 'b2g1', amount: 1000 },
    ],
  },
  // --- conditions ---
  {
    name: 'applies a promotion when the subtotal equals its minimum',
    input: { lines: [line('a', 1000, 2)], promotions: [pct('p10', 1000, ORDER, { minSubtotal: 2000 })] },
    lines: [[2000, 200, 360, 2160]],
    total: 2160,
    applied: [{ id: 'p10', amount: 200 }],
  },
  {
    name: 'skips an automatic promotion when the subtotal is one unit below its minimum', // 1999 × 20 % = 399.8 → 400
    input: { lines: [line('a', 1999)], promotions: [pct('p10', 1000, ORDER, { minSubtotal: 2000 })] },
    lines: [[1999, 0, 400, 2399]],
    total: 2399,
    applied: [],
  },
  {
    name: 'reports a code whose minimum subtotal is not met',
    input: { lines: [line('a', 1999)], promotions: [pct('p10', 1000, ORDER, { minSubtotal: 2000, code: 'TEN' })], code: 'TEN' },
    lines: [[1999, 0, 400, 2399]],
    total: 2399,
    applied: [],
    rejectedCode: 'min-subtotal-not-met',
  },
  {
    name: 'ignores an automatic promotion that ended at this very moment',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000, ORDER, { startsAt: before, endsAt: NOW })] },
    lines: [[1000, 0, 200, 1200]],
    total: 1200,
    applied: [],
  },
  {
    name: 'reports an expired code',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000, ORDER, { endsAt: before, code: 'OLD' })], code: 'OLD' },
    lines: [[1000, 0, 200, 1200]],
    total: 1200,
    rejectedCode: 'expired',
  },
  {
    name: 'reports a code that starts a millisecond from now',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000, ORDER, { startsAt: after, code: 'SOON' })], code: 'SOON' },
    lines: [[1000, 0, 200, 1200]],
    total: 1200,
    rejectedCode: 'not-started',
  },
  {
    name: 'applies a promotion that started at this very moment',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000, ORDER, { startsAt: NOW, endsAt: after })] },
    lines: [[1000, 100, 180, 1080]],
    total: 1080,
    applied: [{ id: 'p10', amount: 100 }],
  },
  // --- codes and stacking ---
  {
    name: 'stacks a code with an automatic promotion: percentage first, then the fixed code prorated on what is left',
    // 10 %: 200/100 → 1800/900 left; 500 × 1800/2700 = 333.3, × 900/2700 = 166.7 → 333/167; tax 293.4 → 293, 146.6 → 147
    input: {
      lines: [line('a', 2000), line('b', 1000)],
      promotions: [fixed('save5', 500, ORDER, { code: 'SAVE5' }), pct('p10', 1000)],
      code: 'SAVE5',
    },
    lines: [
      [2000, 533, 293, 1760],
      [1000, 267, 147, 880],
    ],
    total: 2640,
    applied: [
      { id: 'save5', code: 'SAVE5', amount: 500 },
      { id: 'p10', amount: 300 },
    ],
  },
  {
    name: 'compounds percentages: 10 % automatic then 20 % code is 28 % off',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000), pct('p20', 2000, ORDER, { code: 'TWENTY' })], code: 'TWENTY' },
    lines: [[1000, 280, 144, 864]],
    total: 864,
    applied: [
      { id: 'p10', amount: 100 },
      { id: 'p20', code: 'TWENTY', amount: 180 },
    ],
  },
  {
    name: 'applies only the entered code when two code promotions exist, matching case-insensitively',
    input: {
      lines: [line('a', 1000)],
      promotions: [pct('s10', 1000, ORDER, { code: 'SAVE10' }), pct('s20', 2000, ORDER, { code: 'SAVE20' })],
      code: ' save20 ',
    },
    lines: [[1000, 200, 160, 960]],
    total: 960,
    applied: [{ id: 's20', code: 'SAVE20', amount: 200 }],
  },
  {
    name: 'applies one promotion only when two share a code, the first that is live',
    input: {
      lines: [line('a', 1000)],
      promotions: [
        pct('old', 3000, ORDER, { code: 'DUP', endsAt: before }),
        pct('d10', 1000, ORDER, { code: 'DUP' }),
        pct('d20', 2000, ORDER, { code: 'DUP' }),
      ],
      code: 'DUP',
    },
    lines: [[1000, 100, 180, 1080]],
    total: 1080,
    applied: [{ id: 'd10', code: 'DUP', amount: 100 }],
  },
  {
    name: 'reports an unknown code and still applies automatic promotions',
    input: { lines: [line('a', 1000)], promotions: [pct('p10', 1000)], code: 'NOPE' },
    lines: [[1000, 100, 180, 1080]],
    total: 1080,
    applied: [{ id: 'p10', amount: 100 }],
    rejectedCode: 'unknown-code',
  },
  {
    name: 'reports a code for products that are not in the cart',
    input: { lines: [line('a', 1000)], promotions: [pct('x', 1000, products('p-zzz'), { code: 'SHOES' })], code: 'SHOES' },
    lines: [[1000, 0, 200, 1200]],
    total: 1200,
    rejectedCode: 'not-applicable',
  },
  // --- shipping ---
  {
    name: 'taxes flat shipping at the standard rate even when every line is zero-rated',
    input: { lines: [line('a', 1000, 1, 'zero')], shipping: { ...flat(500), delivery: { minDays: 2, maxDays: 4 } } },
    lines: [[1000, 0, 0, 1000]],
    shipping: [500, 0, 100, 600],
    total: 1600,
  },
  {
    name: 'charges shipping one unit below the free-shipping threshold', // 495 × 20 % = 99
    input: { lines: [line('a', 4999, 1, 'zero')], shipping: flat(495, 5000) },
    lines: [[4999, 0, 0, 4999]],
    shipping: [495, 0, 99, 594],
    total: 5593,
  },
  {
    name: 'ships free exactly at the threshold',
    input: { lines: [line('a', 5000, 1, 'zero')], shipping: flat(495, 5000) },
    lines: [[5000, 0, 0, 5000]],
    shipping: [0, 0, 0, 0],
    total: 5000,
  },
  {
    name: 'ships free above the threshold',
    input: { lines: [line('a', 5001, 1, 'zero')], shipping: flat(495, 5000) },
    lines: [[5001, 0, 0, 5001]],
    shipping: [0, 0, 0, 0],
    total: 5001,
  },
  {
    name: 'compares the free-shipping threshold with the subtotal after discounts', // 5500 − 550 = 4950 < 5000
    input: { lines: [line('a', 5500, 1, 'zero')], promotions: [pct('p10', 1000)], shipping: flat(495, 5000) },
    lines: [[5500, 550, 0, 4950]],
    shipping: [495, 0, 99, 594],
    total: 5544,
    applied: [{ id: 'p10', amount: 550 }],
  },
  {
    name: 'prices by the first weight tier that holds the parcel, boundary included', // 2 × 500 g = 1000 g → 400
    input: { lines: [line('a', 1000, 2, 'zero', g(500))], shipping: TIERS },
    lines: [[2000, 0, 0, 2000]],
    shipping: [400, 0, 80, 480],
    total: 2480,
  },
  {
    name: 'moves to the next weight tier one gram over', // 1001 g → 900
    input: { lines: [line('a', 1000, 1, 'zero', g(600)), line('b', 1000, 1, 'zero', g(401))], shipping: TIERS },
    lines: [
      [1000, 0, 0, 1000],
      [1000, 0, 0, 1000],
    ],
    shipping: [900, 0, 180, 1080],
    total: 3080,
  },
  {
    name: 'uses the unlimited tier for a heavy parcel', // 20 × 1000 g
    input: { lines: [line('a', 100, 20, 'zero', g(1000))], shipping: TIERS },
    lines: [[2000, 0, 0, 2000]],
    shipping: [2000, 0, 400, 2400],
    total: 4400,
  },
  {
    name: 'marks shipping unavailable when no weight tier holds the parcel',
    input: { lines: [line('a', 1000, 1, 'zero', g(1001))], shipping: { kind: 'weight', tiers: [{ upToGrams: 1000, amount: 400 }] } },
    lines: [[1000, 0, 0, 1000]],
    shipping: [0, 0, 0, 0],
    shippingAvailable: false,
    total: 1000,
  },
  {
    name: 'zeroes shipping with a free_shipping promotion and counts it as a discount',
    input: { lines: [line('a', 1000)], promotions: [freeShip('fs')], shipping: flat(500) },
    lines: [[1000, 0, 200, 1200]],
    shipping: [500, 500, 0, 0],
    total: 1200,
    applied: [{ id: 'fs', amount: 500 }],
  },
  {
    name: 'applies percentage, inclusive tax and a free_shipping code together',
    // a: 1200 − 120 = 1080, tax 1080 − 900 = 180; b: 1100 − 110 = 990, tax 990 − 900 = 90
    input: {
      pricesIncludeTax: true,
      lines: [line('a', 1200), line('b', 1100, 1, 'reduced')],
      promotions: [pct('p10', 1000), freeShip('ship', { code: 'SHIP' })],
      code: 'ship',
      shipping: flat(600),
    },
    lines: [
      [1200, 120, 180, 1080],
      [1100, 110, 90, 990],
    ],
    shipping: [600, 600, 0, 0],
    total: 2070,
    applied: [
      { id: 'p10', amount: 230 },
      { id: 'ship', code: 'SHIP', amount: 600 },
    ],
  },
  {
    name: 'contains shipping tax in an inclusive shipping price', // 600 − 600×10000/12000 = 100
    input: { pricesIncludeTax: true, lines: [line('a', 1100, 1, 'reduced')], shipping: flat(600) },
    lines: [[1100, 0, 100, 1100]],
    shipping: [600, 0, 100, 600],
    total: 1700,
  },
  { name: 'prices an empty cart at zero', input: { lines: [], promotions: [pct('p10', 1000)] }, lines: [], total: 0, applied: [] },
]

const isMinorUnits = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}

describe('pricing: calculateTotals', () => {
  it('has at least 30 hand-worked cases', () => expect(cases.length).toBeGreaterThanOrEqual(30))

  it.each(cases)('$name', (c) => {
    const result = calculateTotals({
      currency: 'EUR',
      pricesIncludeTax: false,
      taxRates: REGION,
      country: 'FR',
      lines: [],
      promotions: [],
      now: NOW,
      ...c.input,
    })
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

    expect(result.lines.map((l) => [l.subtotal, l.discount, l.tax, l.total])).toEqual(c.lines)
    const s = result.shipping
    expect([s.amount, s.discount, s.tax, s.total]).toEqual(c.shipping ?? [0, 0, 0, 0])
    expect(s.available).toBe(c.shippingAvailable ?? true)
    expect(result.total).toBe(c.total)
    if (c.applied) expect(result.appliedPromotions).toEqual(c.applied)
    expect(result.rejectedCode).toBe(c.rejectedCode)

    // invariants that hold for every cart
    expect(result.total).toBe(sum(result.lines.map((l) => l.total)) + s.total)
    expect(result.discountTotal).toBe(sum(result.lines.map((l) => l.discount)) + s.discount)
    expect(result.taxTotal).toBe(sum(result.lines.map((l) => l.tax)) + s.tax)
    expect(result.subtotal).toBe(sum(result.lines.map((l) => l.subtotal)))
    for (const n of numbersIn(result)) expect(isMinorUnits(n), `${n} is not minor units`).toBe(true)
  })

  it('passes the delivery window of the shipping option through', () => {
    const delivery = { minDays: 2, maxDays: 4 }
    const result = calculateTotals({
      currency: 'EUR',
      pricesIncludeTax: false,
      taxRates: REGION,
      country: 'FR',
      lines: [line('a', 100)],
      promotions: [],
      now: NOW,
      shipping: { ...flat(500), delivery },
    })
    expect(result.shipping.delivery).toEqual(delivery)
    expect(result.currency).toBe('EUR')
  })
})
