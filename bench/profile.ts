/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and ranks where the time went: self time per
 * function, and per package (node_modules/<name>, the app's own code, node internals).
 *
 *   node --import tsx bench/profile.ts path/to/file.cpuprofile [--top 10] [--from-ms 20000 --to-ms 30000]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from '../apps/server/src/cli-args.js'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export interface Hotspot {
  name: string
  where: string
  selfMs: number
  percent: number
}

export interface ProfileSummary {
  window?: ProfileWindow
  totalMs: number
  idlePercent: number
  functions: Hotspot[]
  packages: Hotspot[]
}

/** "node_modules/pino/lib/x.js" → "pino", "apps/server/src/…" → "app", "node:…" → "node". */
function packageOf(url: string): string {
  if (!url) return '(native / VM)'
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (inModules) return inModules[1]!
  if (url.startsWith('node:')) return 'node (core)'
  if (url.includes('/apps/server/')) return 'shopstack server'
  return url
}

function shortPlace(frame: CallFrame): string {
  if (!frame.url) return ''
  const path = frame.url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\//, '')
    .replace(/^.*\/apps\/server\//, 'server/')
  return `${path}:${frame.lineNumber + 1}`
}

/**
 * Only the samples taken between `fromMs` and `toMs` after the profile starts count, when given.
 * The profile starts within a few tens of ms of the spawn (its end is less useful: shutdown and
 * writing the profile come after the last sample), so the caller can cut out start-up and warm-up.
 */
export interface ProfileWindow {
  fromMs: number
  toMs: number
}

export function summarizeProfile(file: string, top = 10, window?: ProfileWindow): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfUs = new Map<number, number>()
  const from = window ? profile.startTime + window.fromMs * 1000 : -Infinity
  const to = window ? profile.startTime + window.toMs * 1000 : Infinity
  // timeDeltas[i] is the time before sample i; attribute it to the sampled node.
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (at >= from && at <= to) selfUs.set(id, (selfUs.get(id) ?? 0) + delta)
  })

  const functions = new Map<string, { name: string; where: string; us: number }>()
  const packages = new Map<string, number>()
  let total = 0
  let idle = 0
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame
    total += us
    if (frame.functionName === '(idle)') {
      idle += us
      continue // shown as the idle share, not ranked
    }
    const name = frame.functionName || '(anonymous)'
    const where = shortPlace(frame)
    const key = `${name}@${where}`
    const entry = functions.get(key) ?? { name, where, us: 0 }
    entry.us += us
    functions.set(key, entry)
    const pkg = frame.functionName.startsWith('(') ? frame.functionName : packageOf(frame.url)
    packages.set(pkg, (packages.get(pkg) ?? 0) + us)
  }
  const rank = (entries: { name: string; where: string; us: number }[]) =>
    entries
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ name: e.name, where: e.where, selfMs: Math.round(e.us / 1000), percent: Math.round((e.us / total) * 1000) / 10 }))
  return {
    window,
    totalMs: Math.round(total / 1000),
    idlePercent: Math.round((idle / total) * 1000) / 10,
    functions: rank([...functions.values()]),
    packages: rank([...packages].map(([name, us]) => ({ name, where: '', us }))),
  }
}

export function formatProfile(summary: ProfileSummary): string {
  const lines = [
    `  ${summary.totalMs} ms sampled, ${summary.idlePercent} % idle; shares are of all samples`,
    '  top self time, by function:',
  ]
  summary.functions.forEach((f, i) =>
    lines.push(`  ${String(i + 1).padStart(3)}. ${f.percent.toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`),
  )
  lines.push('  top self time, by package:')
  summary.packages.forEach((p) => lines.push(`       ${p.percent.toFixed(1).padStart(5)} %  ${p.name}`))
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const file = positional[0]
  if (!file) throw new Error('usage: profile.ts FILE.cpuprofile [--top 10] [--from-ms MS --to-ms MS]  (ms after the profile starts)')
  const window =
    flags['from-ms'] !== undefined && flags['to-ms'] !== undefined
      ? { fromMs: Number(flags['from-ms']), toMs: Number(flags['to-ms']) }
      : undefined
  console.log(formatProfile(summarizeProfile(file, flags.top === undefined ? 10 : Number(flags.top), window)))
}
