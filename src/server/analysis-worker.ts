// Worker thread entry of the server's analysis pool: one analyzer per thread, one document per message.
import { parentPort, workerData } from 'node:worker_threads'
import { createAnalyzer } from '../index.ts'
import type { WorkerReply } from '../jobs/worker-pool.ts'
import { runJob, type AnalysisJob, type AnalysisResult } from './analysis-job.ts'

const port = parentPort
if (!port) throw new Error('analysis-worker.ts runs as a worker thread of the server analysis pool, not on its own.')
const options = (workerData ?? {}) as { disable?: string[] }
const analyzer = createAnalyzer({ disable: options.disable })
port.on('message', ({ id, input }: { id: number; input: AnalysisJob }) => {
  const reply: WorkerReply<AnalysisResult> = { id, ok: true, output: runJob((doc) => analyzer.analyze(doc), input) }
  port.postMessage(reply)
})
// The pool sends documents only once the analyzer is loaded, so loading never counts against a document's time.
port.postMessage({ ready: true })
