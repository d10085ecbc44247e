import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { createHeadlessEditor } from '@lexical/headless'
import type { Klass, LexicalNode } from 'lexical'

/** One node type the installed packages define, with every property its JSON may carry. */
export type NodeKind = { type: string; properties: string[]; definedIn: string }

const NODE_MODULES = path.join(import.meta.dirname, '..', '..', 'node_modules')

/** Lexical and every installed `@lexical/*` package that has a main entry (React's has none). */
function lexicalPackages(): string[] {
  const scoped = readdirSync(path.join(NODE_MODULES, '@lexical')).map((name) => `@lexical/${name}`)
  return ['lexical', ...scoped]
}

/** Payload's server-side node files: the client copies differ only in how they draw. */
function payloadNodeFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) return name === 'client' ? [] : walk(file)
      return file.endsWith('.js') && file.includes(`${path.sep}nodes${path.sep}`) ? [file] : []
    })
  return walk(path.join(NODE_MODULES, '@payloadcms', 'richtext-lexical', 'dist', 'features'))
}

function isNodeClass(value: unknown): value is Klass<LexicalNode> & { getType(): string } {
  if (typeof value !== 'function') return false
  const prototype = (value as { prototype?: Record<string, unknown> }).prototype
  return typeof prototype?.exportJSON === 'function' && typeof prototype.getKey === 'function'
}

/** The names a function reads off its first parameter (`serializedNode.colWidths` and so on). */
function propertiesReadBy(fn: unknown): string[] {
  if (typeof fn !== 'function') return []
  const source = Function.prototype.toString.call(fn)
  const parameter = /^[^(]*\(\s*([A-Za-z_$][\w$]*)/.exec(source)?.[1]
  if (!parameter) return []
  const reads = new RegExp(`\\b${parameter.replace(/\$/g, '\\$')}\\??\\.([A-Za-z_$][\\w$]*)`, 'g')
  return [...source.matchAll(reads)].map((match) => match[1] ?? '')
}

/** The keys a fresh node writes, found by making one in a headless editor. */
function propertiesWrittenBy(Node: Klass<LexicalNode>): string[] {
  // Payload's nodes take their data in the constructor; Lexical's take none.
  const data = { fields: { blockType: 'x', id: 'x' }, relationTo: 'media', value: 'x' }
  const attempts = [
    () => new Node(),
    () => new (Node as never as new (a: unknown) => LexicalNode)({ data, fields: data.fields }),
  ]
  for (const make of attempts) {
    let keys: string[] = []
    try {
      const editor = createHeadlessEditor({
        nodes: [Node],
        onError: (error) => {
          throw error
        },
      })
      editor.update(
        () => {
          keys = Object.keys(make().exportJSON())
        },
        { discrete: true },
      )
    } catch {
      continue
    }
    if (keys.length > 0) return keys
  }
  return []
}

/** Methods that read a node's JSON back, where properties the default export leaves out show up. */
function readers(Node: Klass<LexicalNode>): unknown[] {
  const chain: unknown[] = []
  for (let klass: unknown = Node; isNodeClass(klass); klass = Object.getPrototypeOf(klass)) {
    const prototype = (klass as { prototype: Record<string, unknown> }).prototype
    chain.push((klass as unknown as Record<string, unknown>).importJSON, prototype.updateFromJSON)
  }
  return chain
}

const IGNORED = new Set(['length', 'constructor', 'prototype'])

/**
 * Every node type the installed Lexical packages and Payload's richtext-lexical define, found at
 * run time (so a new node type in an upgrade is generated without anyone listing it), with the
 * properties each writes or reads.
 */
export async function catalogLexicalNodes(): Promise<NodeKind[]> {
  const kinds = new Map<string, NodeKind>()
  const modules = [...lexicalPackages(), ...payloadNodeFiles()]
  for (const specifier of modules) {
    let exported: Record<string, unknown>
    try {
      exported = (await import(specifier)) as Record<string, unknown>
    } catch {
      continue // a package with no main entry
    }
    for (const value of Object.values(exported)) {
      if (!isNodeClass(value)) continue
      let type: string
      try {
        type = value.getType()
      } catch {
        continue // an abstract base such as ElementNode
      }
      const properties = new Set([
        ...(kinds.get(type)?.properties ?? []),
        ...propertiesWrittenBy(value),
        ...readers(value).flatMap(propertiesReadBy),
      ])
      for (const ignored of IGNORED) properties.delete(ignored)
      kinds.set(type, {
        type,
        properties: [...properties].sort(),
        definedIn: kinds.get(type)?.definedIn ?? path.basename(specifier),
      })
    }
  }
  return [...kinds.values()].sort((a, b) => a.type.localeCompare(b.type))
}
