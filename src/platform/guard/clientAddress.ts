/**
 * The caller's address as the nearest proxy saw it: the last entry of X-Forwarded-For. Next.js
 * fills that header with the socket's address when no proxy set it; behind a reverse proxy that
 * appends to it (nginx's $proxy_add_x_forwarded_for, most load balancers) the last entry is the
 * one the caller cannot forge. Used only as a rate-limit key or, hashed, to count a visitor once.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
