import type { Access } from 'payload'

import { isAdmin } from '@/people/roles'

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
