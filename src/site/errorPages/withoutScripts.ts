/**
 * A Next.js page as a static document: its scripts and script preloads removed. The page is
 * served at another address than the one it was rendered for, where hydrating its React tree
 * could only go wrong; the markup and the inlined stylesheet are all a reader needs. Inline
 * scripts are safe to cut at the first `</script>`: React escapes `<` in the data they carry.
 */
export const withoutScripts = (html: string): string =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
