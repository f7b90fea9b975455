import { VARIABLES } from '../src/config.js'

/** The README's configuration table, generated from the one place variables are defined. */
export function configTable(): string {
  const rows = Object.values(VARIABLES).map(
    (v) => `| \`${v.name}\` | ${v.default === '(unset)' ? '_unset_' : `\`${v.default}\``} | ${v.description} |`,
  )
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(configTable())
