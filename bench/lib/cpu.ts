import { readFileSync, readdirSync } from 'node:fs'

/** Linux reports process times in clock ticks; 100 a second on every common kernel. */
const TICKS_PER_SECOND = 100

/** CPU time (user + system) spent so far by a process and all its descendants, in seconds. */
export function treeCpuSeconds(pid: number): number {
  const children = new Map<number, number[]>()
  const ticks = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name: state, ppid, … utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const parent = Number(fields[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]))
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const queue = [pid]
  while (queue.length) {
    const current = queue.pop() as number
    total += ticks.get(current) ?? 0
    queue.push(...(children.get(current) ?? []))
  }
  return total / TICKS_PER_SECOND
}
