import type { JsonSchema, OpenApiDocument } from './buildOpenApi'
import type { Operation } from './operations'
import { documentedOperations } from './operations'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** `code` spans and paragraphs: all the markup the descriptions use. */
const prose = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((para) => `<p>${escape(para).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('')

const refName = (ref: string) => ref.split('/').at(-1) ?? ref

function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref)
    return `<a href="#schema-${name}">${name}</a>`
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(' or ')
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => `<code>${escape(String(v))}</code>`).join(' | ')
  if (schema.type === 'array') return `array of ${typeOf((schema.items as JsonSchema) ?? {})}`
  const types = Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any')
  return typeof schema.format === 'string' ? `${types} (${schema.format})` : types
}

function constraints(schema: JsonSchema): string {
  const notes: string[] = []
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`)
  if (
    typeof schema.minimum === 'number' &&
    typeof schema.maximum === 'number' &&
    schema.maximum < 1e15
  ) {
    notes.push(`${schema.minimum}–${schema.maximum}`)
  } else if (typeof schema.minimum === 'number') notes.push(`≥ ${schema.minimum}`)
  if (typeof schema.maxLength === 'number') notes.push(`at most ${schema.maxLength} characters`)
  return notes.length ? ` <small>(${notes.map(escape).join(', ')})</small>` : ''
}

/** Property rows, with nested inline objects flattened as `parent.child`. */
function propertyRows(schema: JsonSchema, prefix = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return Object.entries(properties).flatMap(([name, property]) => {
    const row = `<tr><td><code>${prefix}${name}</code></td><td>${typeOf(property)}${required.has(name) ? '' : ' (optional)'}</td><td>${escape(String(property.description ?? ''))}${constraints(property)}</td></tr>`
    const nested =
      property.type === 'object' && property.properties
        ? propertyRows(property, `${prefix}${name}.`)
        : []
    return [row, ...nested]
  })
}

const table = (head: string[], rows: string[]) =>
  `<table><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`

function operationSection(document: OpenApiDocument, operation: Operation): string {
  const spec = document.paths[operation.path]?.[operation.method] as JsonSchema
  const parameters = ((spec.parameters ?? []) as JsonSchema[]).map(
    (param) =>
      `<tr><td><code>${escape(String(param.name))}</code></td><td>${escape(String(param.in))}</td><td>${typeOf(param.schema as JsonSchema)}</td><td>${escape(String(param.description ?? ''))}${constraints(param.schema as JsonSchema)}</td></tr>`,
  )
  const responses = Object.entries(operation.responses).map(
    ([status, response]) =>
      `<li><strong>${status}</strong> ${escape(response.description)}${response.schema ? `: <a href="#schema-${response.schema}">${response.schema}</a>` : ''}</li>`,
  )
  const flag = operation.method === 'post' ? ' -X POST' : ''
  const server = document.servers[0]?.url ?? ''
  return `<section id="${operation.operationId}">
<h3><span class="method ${operation.method}">${operation.method.toUpperCase()}</span> <code>${escape(operation.path)}</code></h3>
<p><strong>${escape(operation.summary)}.</strong> ${escape(operation.description)}</p>
${parameters.length ? table(['parameter', 'in', 'type', 'notes'], parameters) : ''}
<ul class="responses">${responses.join('')}</ul>
<pre><code>curl -i${flag} '${escape(server + operation.example)}'</code></pre>
</section>`
}

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafaf7}
main{max-width:980px;margin:0 auto;padding:2rem 1.25rem 4rem}h1{margin:.2rem 0}
h2{margin-top:2.5rem;border-bottom:2px solid #1b1f24}h3{margin-top:2rem}
code,pre{font-family:ui-monospace,Menlo,monospace;font-size:.9em}pre{background:#1b1f24;color:#f3f3ee;padding:.8rem 1rem;overflow-x:auto;border-radius:4px}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{text-align:left;vertical-align:top;border-bottom:1px solid #d6d6cf;padding:.35rem .5rem}
.method{display:inline-block;min-width:3.5rem;text-align:center;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.85em}
.get{background:#1d6b45}.post{background:#8a4b08}nav ul{columns:2;padding-left:1.2rem}a{color:#0b5394}`

/** The reference page: plain HTML and CSS from the OpenAPI document, nothing loaded from elsewhere. */
export function renderDocs(document: OpenApiDocument): string {
  const schemas = Object.entries(document.components.schemas).map(
    ([name, schema]) =>
      `<section id="schema-${name}"><h3>${name}</h3>${schema.description ? `<p>${escape(String(schema.description))}</p>` : ''}${table(['field', 'type', 'notes'], propertyRows(schema))}</section>`,
  )
  const operations = documentedOperations()
  const contents = operations.map(
    (operation) =>
      `<li><a href="#${operation.operationId}">${operation.method.toUpperCase()} ${escape(operation.path)}</a></li>`,
  )
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(document.info.title)} · reference</title><style>${STYLE}</style></head>
<body><main>
<p><a href="/">Dispatch</a></p>
<h1>${escape(document.info.title)}</h1>
<p>Version ${escape(document.info.version)} · <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a></p>
${prose(document.info.description)}
<nav aria-label="Endpoints"><h2>Endpoints</h2><ul>${contents.join('')}</ul></nav>
${operations.map((operation) => operationSection(document, operation)).join('\n')}
<h2 id="schemas">Schemas</h2>
${schemas.join('\n')}
</main></body></html>`
}
