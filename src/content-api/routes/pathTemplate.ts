/**
 * The params Next.js hands a route, read from its path template: `{slug}` is one segment (the
 * `[slug]` folder), `{...path}` an optional catch-all (the `[[...path]]` folder).
 */
export type ParamsOf<Path extends string> = Path extends `${string}{...${infer Name}}${infer Rest}`
  ? { [Key in Name]?: string[] } & ParamsOf<Rest>
  : Path extends `${string}{${infer Name}}${infer Rest}`
    ? { [Key in Name]: string } & ParamsOf<Rest>
    : Record<never, never>

export type ParamNameOf<Path extends string> = keyof ParamsOf<Path> & string
