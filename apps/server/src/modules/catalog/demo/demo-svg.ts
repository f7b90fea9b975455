import { COLOURS } from './colours.js'
import { slugify } from './handles.js'
import { BLACK, WHITE, hashString, hexToRgb, luminance, mix, rgbToHex, type Rgb } from './svg-colours.js'
import { glyphFor } from './svg-glyphs.js'

export interface DemoSvgInput {
  handle: string
  title: string
  productType?: string | null | undefined
  /** What the file shows: a colour slug ("navy"), "detail", "in-use", or nothing for the packshot. */
  view?: string | undefined
}

const SIZE = 800
const TITLE_LINE_LENGTH = 30
const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif`
const colourBySlug = new Map<string, Rgb>(COLOURS.map((colour) => [slugify(colour.name), hexToRgb(colour.hex)]))
/** Products without a colour option still get a colour from the same muted palette, not a random neon hue. */
const DEEP_COLOURS: readonly Rgb[] = COLOURS.map((colour) => hexToRgb(colour.hex)).filter((rgb) => luminance(rgb) < 0.35)
/** Pale products need a tinted backdrop, or a white shirt disappears into a white page. */
const NEUTRAL_BACKDROP: Rgb = hexToRgb('#8a94a6')

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** The product's colour when the view names one, otherwise a pleasant hue derived from the handle. */
function productColour(handle: string, view: string | undefined): Rgb {
  const named = view ? colourBySlug.get(view) : undefined
  if (named) return named
  return DEEP_COLOURS[hashString(handle) % DEEP_COLOURS.length] as Rgb
}

/** Greedy word wrap into at most two lines; a longer title ends with an ellipsis. */
function titleLines(title: string): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of title.split(/\s+/)) {
    if (current && `${current} ${word}`.length > TITLE_LINE_LENGTH) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) lines.push(current)
  if (lines.length <= 2) return lines
  return [lines[0] as string, `${(lines[1] as string).slice(0, TITLE_LINE_LENGTH - 1)}…`]
}

function initials(title: string): string {
  return title
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('')
}

/** An 800×800 packshot-style placeholder: tinted backdrop, product silhouette, title underneath. */
export function renderDemoSvg(input: DemoSvgInput): string {
  const base = productColour(input.handle, input.view)
  const isPale = luminance(base) > 0.6
  const backdrop = isPale ? NEUTRAL_BACKDROP : base
  const backgroundTop = rgbToHex(mix(backdrop, WHITE, isPale ? 0.75 : 0.9))
  const backgroundBottom = rgbToHex(mix(backdrop, WHITE, isPale ? 0.45 : 0.68))
  const fill = rgbToHex(base)
  const accent = rgbToHex(isPale ? mix(base, BLACK, 0.35) : mix(base, WHITE, 0.45))
  const outline = rgbToHex(mix(base, BLACK, isPale ? 0.3 : 0.2))
  const ink = rgbToHex(mix(backdrop, BLACK, 0.78))

  const glyph = glyphFor([input.productType ?? '', input.title], fill, accent)
  // A detail view is the same silhouette, zoomed in and cropped by the canvas.
  const placement = input.view === 'detail' ? 'translate(40 -30) scale(3.6)' : 'translate(180 110) scale(2.2)'
  const subject = glyph
    ? `<g transform="${placement}" stroke="${outline}" stroke-width="1.2" stroke-linejoin="round">${glyph}</g>`
    : `<circle cx="400" cy="330" r="190" fill="${fill}"/><text x="400" y="330" dy="0.35em" text-anchor="middle" font-family="${FONT}" font-size="170" font-weight="700" fill="${accent}">${escapeXml(initials(input.title))}</text>`
  const scenery =
    input.view === 'in-use'
      ? `<circle cx="610" cy="190" r="150" fill="${accent}" opacity="0.25"/><rect y="560" width="${SIZE}" height="240" fill="${outline}" opacity="0.08"/>`
      : ''
  const lines = titleLines(input.title)
  const text = lines
    .map(
      (line, index) =>
        `<text x="400" y="${lines.length === 1 ? 690 : 670 + index * 46}" text-anchor="middle" font-family="${FONT}" font-size="34" font-weight="600" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join('')

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(input.title)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0.6" y2="1"><stop offset="0" stop-color="${backgroundTop}"/><stop offset="1" stop-color="${backgroundBottom}"/></linearGradient>`,
    `<radialGradient id="glow" cx="0.5" cy="0.42" r="0.45"><stop offset="0" stop-color="#ffffff" stop-opacity="0.7"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>`,
    scenery,
    `<circle cx="400" cy="330" r="300" fill="url(#glow)"/>`,
    input.view === 'detail' ? '' : `<ellipse cx="400" cy="580" rx="190" ry="16" fill="${outline}" opacity="0.18"/>`,
    subject,
    input.view === 'detail' ? '' : text,
    `</svg>`,
    '',
  ].join('\n')
}
