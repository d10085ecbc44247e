import { readFileSync, readdirSync } from 'node:fs'

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0
  const queue = [pid]
  while (queue.length) {
    const current = queue.pop() as number
    try {
      const match = readFileSync(`/proc/${current}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)
      kb += Number(match?.[1] ?? 0)
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(current) ?? []))
  }
  return Math.round(kb / 1024)
}
