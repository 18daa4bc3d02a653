import { AnalysisRejected, UnreadableInput } from './analysis-pool.ts'
import { HttpError } from './http-error.ts'

/**
 * Runs an analysis and turns the pool's refusals into HTTP errors: unreadable input is 422, a busy
 * or closing server 503 with Retry-After, a failed analysis (crash, time-out) 500.
 */
export async function analysed<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof UnreadableInput) {
      throw new HttpError(422, { code: 'unreadable_input', message: `The document cannot be read: ${error.message}.` })
    }
    if (error instanceof AnalysisRejected) {
      const retry = { 'Retry-After': '1' }
      switch (error.reason) {
        case 'busy':
          throw new HttpError(503, { code: 'overloaded', message: error.message, headers: retry })
        case 'closed':
          throw new HttpError(503, { code: 'shutting_down', message: error.message, headers: retry })
        case 'failed':
          throw new HttpError(500, { code: 'analysis_failed', message: error.message })
      }
    }
    throw error
  }
}
