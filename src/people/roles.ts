export const ROLES = ['admin', 'editor', 'contributor'] as const

export type Role = (typeof ROLES)[number]

/** The least a signed-in person has to carry for role checks: collections other than users never sign in. */
type MaybeUser = { roles?: Role[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors and admins may publish, unpublish and edit anyone's work. */
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
