/**
 * Initialises Payload when the server starts rather than on the first request, so migrations,
 * demo seeding and the admin's sign-in line happen before anyone visits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config })
}
