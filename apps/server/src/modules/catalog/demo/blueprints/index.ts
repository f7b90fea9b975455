import { ACCESSORY_BLUEPRINTS } from './accessories.js'
import { APPAREL_BLUEPRINTS } from './apparel.js'
import { ELECTRONICS_BLUEPRINTS } from './electronics.js'
import { FOOTWEAR_BLUEPRINTS } from './footwear.js'
import { HOME_BLUEPRINTS } from './home.js'
import { OUTDOOR_BLUEPRINTS } from './outdoor.js'
import type { ProductBlueprint } from './types.js'

export type { ProductBlueprint, VariantScheme, Choice, Season } from './types.js'

export const PRODUCT_BLUEPRINTS: readonly ProductBlueprint[] = [
  ...APPAREL_BLUEPRINTS,
  ...FOOTWEAR_BLUEPRINTS,
  ...HOME_BLUEPRINTS,
  ...ELECTRONICS_BLUEPRINTS,
  ...OUTDOOR_BLUEPRINTS,
  ...ACCESSORY_BLUEPRINTS,
]
