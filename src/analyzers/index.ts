import type { Analyzer } from '../engine/types.ts'
import { factsAnalyzers } from './facts/index.ts'
import { rhetoricAnalyzers } from './rhetoric/index.ts'
import { sentenceAnalyzers } from './sentences/index.ts'

/** Every built-in analyzer, by layer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const builtinAnalyzers: readonly Analyzer<any, any>[] = [...sentenceAnalyzers, ...factsAnalyzers, ...rhetoricAnalyzers]
