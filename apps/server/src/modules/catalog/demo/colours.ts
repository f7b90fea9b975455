export type ColourFamily = 'Neutral' | 'Blue' | 'Green' | 'Red' | 'Earth' | 'Yellow' | 'Pink' | 'Purple' | 'Orange'

export interface Colour {
  name: string
  /** Three letters, unique across the palette, so SKUs stay unique within a product. */
  code: string
  family: ColourFamily
  hex: string
}

export const COLOURS = [
  { name: 'Black', code: 'BLK', family: 'Neutral', hex: '#1f2326' },
  { name: 'White', code: 'WHT', family: 'Neutral', hex: '#f4f4f0' },
  { name: 'Heather Grey', code: 'GRY', family: 'Neutral', hex: '#9a9ea3' },
  { name: 'Charcoal', code: 'CHR', family: 'Neutral', hex: '#3d4248' },
  { name: 'Ecru', code: 'ECR', family: 'Neutral', hex: '#e9e1cf' },
  { name: 'Navy', code: 'NVY', family: 'Blue', hex: '#1f3354' },
  { name: 'Slate Blue', code: 'SLB', family: 'Blue', hex: '#5a7391' },
  { name: 'Sky Blue', code: 'SKY', family: 'Blue', hex: '#8fb8de' },
  { name: 'Forest Green', code: 'FOR', family: 'Green', hex: '#2f5741' },
  { name: 'Olive', code: 'OLV', family: 'Green', hex: '#6b6b3a' },
  { name: 'Sage', code: 'SAG', family: 'Green', hex: '#9caf94' },
  { name: 'Burgundy', code: 'BRG', family: 'Red', hex: '#6d2433' },
  { name: 'Brick Red', code: 'BRK', family: 'Red', hex: '#a4452f' },
  { name: 'Terracotta', code: 'TER', family: 'Earth', hex: '#c0643f' },
  { name: 'Camel', code: 'CAM', family: 'Earth', hex: '#b98c5a' },
  { name: 'Sand', code: 'SND', family: 'Earth', hex: '#d8c3a0' },
  { name: 'Mustard', code: 'MUS', family: 'Yellow', hex: '#d0a23a' },
  { name: 'Dusty Pink', code: 'DPK', family: 'Pink', hex: '#d9a3a6' },
  { name: 'Lilac', code: 'LLC', family: 'Purple', hex: '#b7a3cf' },
  { name: 'Coral', code: 'CRL', family: 'Orange', hex: '#e9765b' },
] as const satisfies readonly Colour[]

export type ColourName = (typeof COLOURS)[number]['name']
