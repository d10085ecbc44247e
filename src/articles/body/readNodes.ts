import type { BodyNodeType } from './bodyNodes'
import { BODY_LIMITS, mayContain } from './bodyNodes'
import { withoutUnwritableCharacters } from '@/platform/validation/unwritableCharacters'

/**
 * A stored node as the renderers see it: of an allowed type, its other properties still untrusted.
 * Stored bodies are read without trusting them (one written before validation, or straight into
 * the database, may hold anything), so these helpers only ever hand on allowed nodes.
 */
export type StoredNode = { type: BodyNodeType; depth: number; [property: string]: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function rootOf(body: unknown): StoredNode | null {
  if (!isRecord(body) || !isRecord(body.root) || body.root.type !== 'root') return null
  return { ...body.root, type: 'root', depth: 0 }
}

/**
 * The children an allowed node may hold, in order. Anything else is left out with everything
 * inside it: the editor could not have shown it, so no editor has seen or approved its text.
 */
export function childrenOf(node: StoredNode): StoredNode[] {
  if (!Array.isArray(node.children) || node.depth >= BODY_LIMITS.depth) return []
  return node.children.flatMap((child: unknown) =>
    isRecord(child) && mayContain(node.type, child.type)
      ? [{ ...child, type: child.type, depth: node.depth + 1 }]
      : [],
  )
}

/** A string fit to write into HTML or XML once escaped; anything that is not a string is ''. */
export const cleanString = (value: unknown): string =>
  typeof value === 'string' ? withoutUnwritableCharacters(value) : ''
