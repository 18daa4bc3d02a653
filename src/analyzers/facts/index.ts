import type { Analyzer } from '../../engine/types.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const factsAnalyzers: Analyzer<any, any>[] = []
