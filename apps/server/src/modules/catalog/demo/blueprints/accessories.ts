import type { ProductBlueprint } from './types.js'

export const ACCESSORY_BLUEPRINTS: readonly ProductBlueprint[] = [
  {
    categoryHandle: 'hats',
    productType: 'Hat',
    nouns: ['Beanie', 'Cap', 'Bucket Hat', 'Sun Hat'],
    styles: ['Classic', 'Packable', 'Everyday', 'Lightweight', 'Weekend'],
    materials: ['Merino', 'Organic Cotton', 'Recycled Wool', 'Linen'],
    materialInTitle: true,
    brands: ['Nordvik', 'Fernhollow', 'Harbour & Thread'],
    priceUsd: [22, 65],
    weightGrams: [60, 140],
    variants: { kind: 'colour', palette: ['Black', 'Navy', 'Mustard', 'Forest Green', 'Ecru', 'Terracotta', 'Heather Grey'] },
    attributes: { fit: ['One size', 'Adjustable'] },
    features: ['One size fits most', 'Soft against the skin', 'Packs flat', 'Reinforced brim'],
    pitches: ['the finishing touch for cold mornings and sunny afternoons', 'a small, useful thing you will wear all the time'],
    giftable: true,
    frequency: 1.2,
  },
]
