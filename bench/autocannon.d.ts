// The part of autocannon's API that bench/server.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
    '2xx': number
  }
  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string | Buffer
    connections?: number
    pipelining?: number
    duration?: number
    amount?: number
    timeout?: number
    /** requests sent in turn; setupRequest may change each one (e.g. its body) before it is sent */
    requests?: { setupRequest?: (request: { body?: string | Buffer }) => { body?: string | Buffer } }[]
  }
  function autocannon(options: Options): Promise<autocannon.Result>
  namespace autocannon {
    export type { Result, Options }
  }
  export default autocannon
}
