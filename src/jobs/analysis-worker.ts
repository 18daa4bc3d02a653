// Worker thread entry: one analyzer instance per thread, one document per message.
import { parentPort, workerData } from 'node:worker_threads'
import { builtinAnalyzers } from '../analyzers/index.ts'
import { reportRows } from '../corpus/report-rows.ts'
import type { Analyzer } from '../engine/types.ts'
import { createAnalyzer } from '../index.ts'
import type { AnalysisInput, AnalysisOutput, AnalysisWorkerData } from './analysis-pool.ts'
import type { WorkerReply } from './worker-pool.ts'

const config = workerData as AnalysisWorkerData
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const analyzers = config.analyzersModule ? ((await import(config.analyzersModule)) as { default: Analyzer<any, any>[] }).default : builtinAnalyzers
const unspun = createAnalyzer({ analyzers, disable: config.disable, published: config.published ?? null })

parentPort!.on('message', ({ id, input }: { id: number; input: AnalysisInput }) => {
  let reply: WorkerReply<AnalysisOutput>
  try {
    const report = unspun.analyze(input.doc)
    reply = { id, ok: true, output: { report, rows: reportRows(report) } }
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  parentPort!.postMessage(reply)
})
parentPort!.postMessage({ ready: true })
