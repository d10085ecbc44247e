import type { FieldAccess } from 'payload'

/** For fields only the system writes (the view counter goes straight to the database). */
export const noOne: FieldAccess = () => false
