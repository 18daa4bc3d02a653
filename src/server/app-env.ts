import type { TokenRecord } from './tokens.ts'

/** What middleware leaves on the request context for the handlers. */
export interface AppEnv {
  Variables: {
    /** the token that authorised the request; null when the server runs without auth */
    token: TokenRecord | null
  }
}
