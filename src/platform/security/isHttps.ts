/** Whether the site's public address is HTTPS: then its session cookie is `Secure`. */
export const isHttps = (serverUrl: string) => new URL(serverUrl).protocol === 'https:'
