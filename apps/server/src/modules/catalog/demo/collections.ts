import type { Static } from 'typebox'
import type { CollectionInput } from '../schemas.js'
import type { Season } from './blueprints/index.js'
import type { Random } from './random.js'

/** schemas.ts exports the CollectionInput schema but no type alias for it. */
export type DemoCollection = Static<typeof CollectionInput>

export const DEMO_COLLECTIONS: readonly DemoCollection[] = [
  { handle: 'new-arrivals', title: 'New Arrivals', description: 'Just landed: the latest additions to the shop.' },
  { handle: 'bestsellers', title: 'Bestsellers', description: 'The pieces our customers come back for.' },
  { handle: 'summer-essentials', title: 'Summer Essentials', description: 'Light layers, sunny-day gear and long-evening staples.' },
  { handle: 'winter-warmers', title: 'Winter Warmers', description: 'Knits, coats and cosy things for cold days.' },
  { handle: 'gift-ideas', title: 'Gift Ideas', description: 'Thoughtful gifts at every price.' },
  { handle: 'sale', title: 'Sale', description: 'Reduced prices while stocks last.' },
]

export interface CollectionFacts {
  seasons: readonly Season[]
  giftable: boolean
  usdWholeUnits: number
  onSale: boolean
}

/** Membership rules keep collections believable: a sale only holds discounted products, and so on. */
export function chooseCollections(facts: CollectionFacts, random: Random): string[] {
  const handles: string[] = []
  if (random.chance(0.12)) handles.push('new-arrivals')
  if (random.chance(0.1)) handles.push('bestsellers')
  if (facts.seasons.includes('summer') && random.chance(0.45)) handles.push('summer-essentials')
  if (facts.seasons.includes('winter') && random.chance(0.45)) handles.push('winter-warmers')
  if (facts.giftable && facts.usdWholeUnits >= 20 && facts.usdWholeUnits <= 150 && random.chance(0.35)) handles.push('gift-ideas')
  if (facts.onSale) handles.push('sale')
  return handles
}
