import type { Analyzer } from '../../engine/types.ts'
import checkworthiness from './checkworthiness.ts'
import sentenceFunction from './function.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sentenceAnalyzers: Analyzer<any, any>[] = [sentenceFunction, checkworthiness]
