import type { Analyzer } from '../../engine/types.ts'
import cues from './cues.ts'
import techniques from './techniques.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rhetoricAnalyzers: Analyzer<any, any>[] = [cues, techniques]
