import type { Access } from 'payload'

import { canPublish } from '../roles'

export const editorOrAdmin: Access = ({ req: { user } }) => canPublish(user)
