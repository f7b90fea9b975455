const SEO_DESCRIPTION_LIMIT = 160

export interface TitleParts {
  brand: string
  model?: string | undefined
  line?: string | undefined
  material?: string | undefined
  style?: string | undefined
  noun: string
}

/** "Nordvik Merino Crew T-Shirt": the brand first, the noun last, so handles never end in a number. */
export function composeTitle(parts: TitleParts): string {
  return [parts.brand, parts.model, parts.line, parts.material, parts.style, parts.noun].filter(Boolean).join(' ')
}

const HTML_SPECIAL = /[&<>"]/

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Plural nouns ("Running Shoes", "Chinos") take "are"; "Dress" is not plural. */
const isPlural = (noun: string) => /[^s]s$/.test(noun)

function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,.;:]$/, '')}…`
}

export interface DescriptionInput {
  title: string
  brandName: string
  brandStory: string
  noun: string
  material: string
  pitch: string
  features: readonly string[]
  care?: string | undefined
  categoryLabel: string
}

export interface ProductWording {
  descriptionHtml: string
  seoTitle: string
  seoDescription: string
}

/** Simple <p>/<ul> only: descriptions pass the merchant-HTML sanitiser unchanged. */
export function describeProduct(input: DescriptionInput): ProductWording {
  const name = input.title.startsWith(`${input.brandName} `) ? input.title.slice(input.brandName.length + 1) : input.title
  const verb = isPlural(input.noun) ? 'are' : 'is'
  const bullets = [...input.features, `Material: ${input.material}`].map((item) => `<li>${escapeHtml(item)}</li>`).join('')
  const paragraphs = [
    `<p>The ${escapeHtml(name)} ${verb} ${escapeHtml(input.pitch)}. ${escapeHtml(input.brandStory)}</p>`,
    `<ul>${bullets}</ul>`,
    input.care ? `<p>Care: ${escapeHtml(input.care)}</p>` : '',
  ]
  return {
    descriptionHtml: paragraphs.join(''),
    seoTitle: `${input.title} | ${input.categoryLabel}`,
    seoDescription: truncateAtWord(`Shop the ${input.title}: ${input.pitch}. ${input.features[0] ?? ''}.`, SEO_DESCRIPTION_LIMIT),
  }
}
