import type { Analyzer } from '../../engine/types.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sentenceAnalyzers: Analyzer<any, any>[] = []
