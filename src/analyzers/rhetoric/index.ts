import type { Analyzer } from '../../engine/types.ts'
import techniques from './techniques.ts'

// `rhetoric/cues` (./cues.ts) runs the lexicon and pattern cues alone; the built-in set merges them
// into `rhetoric/techniques` so that one span is never reported twice.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rhetoricAnalyzers: Analyzer<any, any>[] = [techniques]
