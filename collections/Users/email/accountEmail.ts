/** The parts of an email about someone's newsroom account. */
export type AccountEmail = {
  greeting: string
  paragraphs: string[]
  link: { href: string; label: string }
  closing: string
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/**
 * Plain, inline-styled HTML that mail clients show alike. Names come from the database, so every
 * value is escaped; the link is written out as well, for clients that hide buttons.
 */
export function accountEmailHtml(email: AccountEmail): string {
  const href = escapeHtml(email.link.href)
  return [
    '<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#111">',
    `<p>${escapeHtml(email.greeting)}</p>`,
    ...email.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${href}" style="display:inline-block;padding:10px 16px;background:#111;color:#fff;text-decoration:none">${escapeHtml(email.link.label)}</a></p>`,
    `<p>Or open this address: <a href="${href}">${href}</a></p>`,
    `<p>${escapeHtml(email.closing)}</p>`,
    '</body></html>',
  ].join('\n')
}
