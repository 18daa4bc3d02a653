export { createWorkerPool, workerScript, type WorkerPool, type WorkerPoolOptions, type WorkerReply } from './worker-pool.ts'
export { createAnalysisPool, type AnalysisInput, type AnalysisOutput, type AnalysisPoolOptions, type AnalysisWorkerData } from './analysis-pool.ts'
export { createProgress, formatDuration, progressText, type Progress, type ProgressOptions } from './progress.ts'
