/**
 * The socket's peer address, written by our own HTTP server (`server.ts`) on every request after
 * deleting whatever a client sent under that name. Next.js alone cannot tell us: it keeps a
 * client's own X-Forwarded-For and adds the socket address only when there is none.
 */
export const CLIENT_ADDRESS_HEADER = 'x-dispatch-client-address'
