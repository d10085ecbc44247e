import autocannon from 'autocannon'

export type LoadTarget = {
  name: string
  path: string
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}

export type LoadResult = {
  name: string
  path: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  bytesPerRequest: number
}

/** autocannon as a library: 10 connections for `seconds`, as readers would arrive. */
export async function measure(
  baseUrl: string,
  target: LoadTarget,
  seconds: number,
  connections = 10,
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    method: target.method ?? 'GET',
    body: target.body,
    headers: { 'accept-encoding': 'gzip', ...target.headers },
    connections,
    duration: seconds,
  })
  const requests = Math.max(1, result.requests.total)
  return {
    name: target.name,
    path: target.path,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: Math.round(result.throughput.total / requests),
  }
}
