import { dayOf, secondsUntilTomorrow } from './visitorsToday'

/** Scoped to one article's counter path, so each article has its own and no page sees it. */
const COOKIE = 'dispatch_viewed'

export const counterPath = (articleId: string) => `/api/v1/articles/${articleId}/view`

export function hasViewedToday(cookieHeader: string | null, now: Date): boolean {
  if (!cookieHeader) return false
  return cookieHeader.split(';').some((pair) => pair.trim() === `${COOKIE}=${dayOf(now)}`)
}

export function viewedTodayCookie(articleId: string, now: Date, isSecure: boolean): string {
  return [
    `${COOKIE}=${dayOf(now)}`,
    `Path=${counterPath(articleId)}`,
    `Max-Age=${secondsUntilTomorrow(now)}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(isSecure ? ['Secure'] : []),
  ].join('; ')
}
