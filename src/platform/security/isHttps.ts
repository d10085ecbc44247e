/**
 * Whether the site is served over HTTPS, from its public `SERVER_URL`: the one rule for marking
 * cookies `Secure`. A request's own `X-Forwarded-Proto` is not asked, as any client can send it.
 */
export const isHttps = (serverUrl: string) => new URL(serverUrl).protocol === 'https:'
