/**
 * Inclusive time in a V8 .cpuprofile: for each function, the share of the samples that have it
 * anywhere on their stack (once per sample, however deep). Where profile.ts ranks self time, this
 * says how much of a request sits under one call, e.g. the search engine against the JSON answer.
 *
 *   node --import tsx bench/profile-inclusive.ts FILE.cpuprofile [--top 25] [--match runSearch,storeSearch]
 *        [--from-ms MS --to-ms MS]  (ms after the profile starts; a bench run prints the window it used)
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from '../apps/server/src/cli-args.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
}

export interface InclusiveShare {
  name: string
  where: string
  percent: number
}

const placeOf = (frame: ProfileNode['callFrame']) =>
  frame.url ? `${frame.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}` : ''

/** Functions by inclusive share of the busy (not idle) samples in the window, highest first. */
export function inclusiveShares(file: string, window?: { fromMs: number; toMs: number }): { busyMs: number; shares: InclusiveShare[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const from = window ? profile.startTime + window.fromMs * 1000 : -Infinity
  const to = window ? profile.startTime + window.toMs * 1000 : Infinity
  const inclusive = new Map<string, { name: string; where: string; us: number }>()
  let busy = 0
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (at < from || at > to || byId.get(id)!.callFrame.functionName === '(idle)') return
    busy += delta
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!.callFrame
      if (frame.functionName === '(root)') break
      const name = frame.functionName || '(anonymous)'
      const key = `${name}@${placeOf(frame)}`
      if (seen.has(key)) continue // recursion counts once
      seen.add(key)
      const entry = inclusive.get(key) ?? { name, where: placeOf(frame), us: 0 }
      entry.us += delta
      inclusive.set(key, entry)
    }
  })
  const shares = [...inclusive.values()]
    .sort((a, b) => b.us - a.us)
    .map((e) => ({ name: e.name, where: e.where, percent: Math.round((e.us / busy) * 1000) / 10 }))
  return { busyMs: Math.round(busy / 1000), shares }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const file = positional[0]
  if (!file) throw new Error('usage: profile-inclusive.ts FILE.cpuprofile [--top 25] [--match a,b] [--from-ms MS --to-ms MS]')
  const window =
    flags['from-ms'] !== undefined && flags['to-ms'] !== undefined
      ? { fromMs: Number(flags['from-ms']), toMs: Number(flags['to-ms']) }
      : undefined
  const { busyMs, shares } = inclusiveShares(file, window)
  const wanted = typeof flags.match === 'string' ? flags.match.split(',') : undefined
  const picked = wanted ? shares.filter((s) => wanted.includes(s.name)) : shares.slice(0, flags.top === undefined ? 25 : Number(flags.top))
  console.log(`${busyMs} ms busy (idle left out); inclusive share of the busy samples:`)
  for (const s of picked) console.log(`${s.percent.toFixed(1).padStart(6)} %  ${s.name}  ${s.where}`)
}
