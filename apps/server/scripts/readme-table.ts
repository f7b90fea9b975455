import { fileURLToPath } from 'node:url'

export const README = fileURLToPath(new URL('../../../README.md', import.meta.url))
const START = '<!-- config-table:start -->'
const END = '<!-- config-table:end -->'

export function readmeWithTable(readme: string, table: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error('README.md lacks the config-table markers')
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`
}
