/** The in-process topic the stream route listens on for one live page's changes. */
export const liveTopic = (articleSlug: string) => `live-entries:${articleSlug}`

/**
 * What readers' pages are told: an entry was added or changed (fetch what changed since), or one
 * is gone (removed, or back in review) and should disappear. Sent as the data of one
 * server-sent event.
 */
export type LiveChange = { event: 'changed' | 'removed'; id: string }

export const changedEntry = (id: string) => JSON.stringify({ event: 'changed', id })
export const removedEntry = (id: string) => JSON.stringify({ event: 'removed', id })
