import { tokenize } from './text.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

/**
 * The text, HTML-escaped, with the words at the given positions in <mark>…</mark>. Positions are
 * 1-based word numbers as PostgreSQL counts them in a vector built from wordsOf(text), which cuts
 * words exactly as tokenize does here.
 */
export function highlight(text: string, positions: Iterable<number>): string {
  const marked = new Set(positions)
  if (marked.size === 0) return escapeHtml(text)
  let out = ''
  let at = 0
  tokenize(text).forEach((token, index) => {
    if (!marked.has(index + 1)) return
    out += `${escapeHtml(text.slice(at, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`
    at = token.end
  })
  return out + escapeHtml(text.slice(at))
}
