/**
 * Simple product silhouettes drawn in a 200×200 box. `fill` is the main colour, `accent`
 * a contrasting one for details. Kept as plain SVG so images need no fonts or downloads.
 */
type Glyph = (fill: string, accent: string) => string

const shirt: Glyph = (fill, accent) =>
  `<path d="M62 28 L84 18 Q100 36 116 18 L138 28 L182 62 L160 94 L144 82 L144 182 L56 182 L56 82 L40 94 L18 62 Z" fill="${fill}"/>` +
  `<path d="M84 18 Q100 36 116 18" fill="none" stroke="${accent}" stroke-width="4"/>`

const jacket: Glyph = (fill, accent) =>
  `<path d="M62 24 L86 16 L100 34 L114 16 L138 24 L174 54 L186 172 L160 172 L150 90 L150 186 L50 186 L50 90 L40 172 L14 172 L26 54 Z" fill="${fill}"/>` +
  `<path d="M100 34 L100 186" stroke="${accent}" stroke-width="4"/><rect x="62" y="124" width="24" height="6" rx="3" fill="${accent}"/><rect x="114" y="124" width="24" height="6" rx="3" fill="${accent}"/>`

const dress: Glyph = (fill, accent) =>
  `<path d="M78 16 L122 16 L116 62 L132 84 L170 184 L30 184 L68 84 L84 62 Z" fill="${fill}"/>` +
  `<path d="M70 84 Q100 96 130 84" fill="none" stroke="${accent}" stroke-width="5"/>`

const trousers: Glyph = (fill, accent) =>
  `<path d="M56 18 L144 18 L162 184 L116 184 L100 74 L84 184 L38 184 Z" fill="${fill}"/>` +
  `<path d="M56 34 L144 34" stroke="${accent}" stroke-width="4"/>`

const shoe: Glyph = (fill, accent) =>
  `<path d="M18 128 L22 72 Q24 62 36 66 L72 80 Q92 96 118 100 L164 112 Q188 120 186 146 L18 146 Z" fill="${fill}"/>` +
  `<rect x="16" y="144" width="172" height="16" rx="8" fill="${accent}"/><path d="M62 84 L80 76 M70 94 L90 86 M80 102 L100 94" stroke="${accent}" stroke-width="4" stroke-linecap="round"/>`

const pan: Glyph = (fill, accent) =>
  `<circle cx="82" cy="110" r="62" fill="${fill}"/><circle cx="82" cy="110" r="46" fill="${accent}" opacity="0.35"/>` +
  `<rect x="138" y="102" width="58" height="16" rx="8" fill="${fill}"/>`

const knife: Glyph = (fill, accent) =>
  `<path d="M14 120 Q60 76 136 84 L136 120 Z" fill="${fill}"/><rect x="134" y="90" width="56" height="26" rx="8" fill="${accent}"/>` +
  `<circle cx="152" cy="103" r="3" fill="${fill}"/><circle cx="172" cy="103" r="3" fill="${fill}"/>`

const plate: Glyph = (fill, accent) =>
  `<circle cx="100" cy="100" r="78" fill="${fill}"/><circle cx="100" cy="100" r="52" fill="none" stroke="${accent}" stroke-width="4" opacity="0.6"/>`

const cushion: Glyph = (fill, accent) =>
  `<path d="M36 36 Q100 54 164 36 Q148 100 164 164 Q100 146 36 164 Q52 100 36 36 Z" fill="${fill}"/>` +
  `<circle cx="100" cy="100" r="7" fill="${accent}"/>`

const blanket: Glyph = (fill, accent) =>
  `<rect x="24" y="58" width="152" height="38" rx="10" fill="${fill}"/><rect x="24" y="100" width="152" height="38" rx="10" fill="${fill}"/>` +
  `<rect x="24" y="142" width="152" height="38" rx="10" fill="${fill}"/><path d="M40 77 H160 M40 119 H160 M40 161 H160" stroke="${accent}" stroke-width="3" stroke-dasharray="8 6"/>`

const headphones: Glyph = (fill, accent) =>
  `<path d="M40 120 A60 60 0 0 1 160 120" fill="none" stroke="${accent}" stroke-width="18" stroke-linecap="round"/>` +
  `<path d="M40 120 A60 60 0 0 1 160 120" fill="none" stroke="${fill}" stroke-width="12" stroke-linecap="round"/>` +
  `<rect x="24" y="108" width="36" height="62" rx="14" fill="${fill}"/><rect x="140" y="108" width="36" height="62" rx="14" fill="${fill}"/>` +
  `<rect x="34" y="120" width="16" height="38" rx="6" fill="${accent}"/><rect x="150" y="120" width="16" height="38" rx="6" fill="${accent}"/>`

const speaker: Glyph = (fill, accent) =>
  `<rect x="54" y="22" width="92" height="160" rx="22" fill="${fill}"/><circle cx="100" cy="124" r="32" fill="${accent}"/>` +
  `<circle cx="100" cy="124" r="12" fill="${fill}"/><circle cx="100" cy="62" r="14" fill="${accent}"/>`

const battery: Glyph = (fill, accent) =>
  `<rect x="52" y="24" width="96" height="160" rx="18" fill="${fill}"/><path d="M108 56 L76 110 L100 110 L92 152 L126 96 L102 96 Z" fill="${accent}"/>`

const tent: Glyph = (fill, accent) =>
  `<path d="M100 26 L186 172 L14 172 Z" fill="${fill}"/><path d="M100 84 L128 172 L72 172 Z" fill="${accent}"/>` +
  `<path d="M92 14 L100 26 L108 14" fill="none" stroke="${fill}" stroke-width="5" stroke-linecap="round"/>`

const sleepingBag: Glyph = (fill, accent) =>
  `<rect x="58" y="18" width="84" height="168" rx="40" fill="${fill}"/><ellipse cx="100" cy="56" rx="26" ry="20" fill="${accent}"/>` +
  `<path d="M66 100 H134 M66 128 H134 M66 156 H134" stroke="${accent}" stroke-width="3" opacity="0.6"/>`

const backpack: Glyph = (fill, accent) =>
  `<path d="M80 46 Q100 12 120 46" fill="none" stroke="${fill}" stroke-width="8"/><rect x="48" y="42" width="104" height="142" rx="30" fill="${fill}"/>` +
  `<rect x="68" y="112" width="64" height="48" rx="12" fill="${accent}"/><path d="M68 126 H132" stroke="${fill}" stroke-width="3"/>`

const bottle: Glyph = (fill, accent) =>
  `<rect x="80" y="14" width="40" height="24" rx="5" fill="${accent}"/>` +
  `<path d="M76 44 L124 44 Q142 56 142 80 L142 170 Q142 186 126 186 L74 186 Q58 186 58 170 L58 80 Q58 56 76 44 Z" fill="${fill}"/>` +
  `<rect x="58" y="100" width="84" height="34" fill="${accent}" opacity="0.5"/>`

const hat: Glyph = (fill, accent) =>
  `<path d="M40 138 Q40 52 100 52 Q160 52 160 138 Z" fill="${fill}"/><rect x="30" y="132" width="140" height="32" rx="12" fill="${accent}"/>` +
  `<circle cx="100" cy="42" r="16" fill="${fill}"/>`

/** Checked in order, so "Shirt Dress" is a dress and "Low-Top Sneakers" a shoe, not a top. */
const GLYPHS_BY_KEYWORD: readonly (readonly [RegExp, Glyph])[] = [
  [/\b(sleeping bag|sleeping quilt)\b/, sleepingBag],
  [/\bdress\b/, dress],
  [/\b(shoes?|sneakers?|boots?|trainers?)\b/, shoe],
  [/\b(jacket|coat|parka)\b/, jacket],
  [/\b(trousers|chinos|pants|jeans)\b/, trousers],
  [/\b(t-shirt|tee|shirt|overshirt|blouse|top|tank|sweater|cardigan|jumper)\b/, shirt],
  [/\b(pan|saucepan|skillet|wok|dutch oven|cookware)\b/, pan],
  [/\bknife\b/, knife],
  [/\b(plate|bowl|mug|platter|tableware)\b/, plate],
  [/\bcushion\b/, cushion],
  [/\b(throw|blanket)\b/, blanket],
  [/\b(headphones|earbuds)\b/, headphones],
  [/\b(speaker|soundbar)\b/, speaker],
  [/\b(power bank|battery|charger)\b/, battery],
  [/\btent\b/, tent],
  [/\b(backpack|daypack|rucksack)\b/, backpack],
  [/\b(bottle|flask)\b/, bottle],
  [/\b(hat|beanie|cap)\b/, hat],
]

/** The first glyph whose keyword appears in any of the texts (most specific text first), or null. */
export function glyphFor(texts: readonly string[], fill: string, accent: string): string | null {
  for (const text of texts) {
    const lower = text.toLowerCase()
    for (const [keyword, glyph] of GLYPHS_BY_KEYWORD) if (keyword.test(lower)) return glyph(fill, accent)
  }
  return null
}
