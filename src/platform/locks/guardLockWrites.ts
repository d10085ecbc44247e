import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'
import { createLocalReq, Forbidden } from 'payload'

import { LOCKED_DOCUMENTS } from './lockOnlyEditableDocuments'
import { type LockedDocument, mayEditDocument } from './mayEditDocument'

type LockData = { document?: LockedDocument | null; user?: LockedDocument | null }

/** The lock's owner as a request of their own, to ask the document's access rules about them. */
async function ownerRequest(
  payload: Payload,
  owner: LockedDocument,
  req?: Partial<PayloadRequest>,
) {
  const user = await payload.findByID({
    collection: owner.relationTo as 'users',
    id: owner.value,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!user) return null
  return createLocalReq({ user: { ...user, collection: owner.relationTo } as never, req }, payload)
}

/**
 * The admin writes a lock from its form-state server function straight to the database, past
 * every collection hook and access rule, for whatever document id the browser names. This
 * checks every lock the database is asked to create: its owner must be allowed to edit it.
 */
export function guardLockWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const create = adapter.create
      adapter.create = async (createArgs) => {
        const { document, user } = createArgs.data as LockData
        if (createArgs.collection === LOCKED_DOCUMENTS && document && user) {
          const owner = await ownerRequest(adapter.payload, user, createArgs.req)
          if (!owner || !(await mayEditDocument(owner, document))) throw new Forbidden()
        }
        return create.call(adapter, createArgs)
      }
      return adapter
    },
  }
}
