/**
 * Initialises Payload when the server starts rather than on the first request, so migrations,
 * demo seeding and the admin's sign-in line happen before anyone visits. A server whose database
 * cannot be reached stops with one line instead of lingering half-alive.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  try {
    await getPayload({ config })
  } catch (error) {
    console.error(`Dispatch could not start: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}
