import type { DatabaseAdapterObj } from 'payload'

/**
 * Payload counts failed sign-ins (the lockout) with `updateOne({ select })`, which the MongoDB
 * adapter sends as a `findAndModify` with a projection. FerretDB, the tests' MongoDB-protocol
 * server, does not implement that projection and fails every wrong password with a 500. Without
 * `select` the update returns the whole document, which callers read the same way; the cost is
 * a few hundred bytes on those rare updates.
 */
export function withoutUpdateProjection(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  if (adapterObj.name !== 'mongoose') return adapterObj
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const updateOne = adapter.updateOne
      adapter.updateOne = (updateArgs) =>
        updateOne.call(adapter, { ...updateArgs, select: undefined })
      return adapter
    },
  }
}
