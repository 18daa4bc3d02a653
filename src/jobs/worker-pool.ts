import { Worker } from 'node:worker_threads'

/** A pool of worker threads that each run one task at a time. */
export interface WorkerPool<I, O> {
  readonly size: number
  /** Runs a task on the next free worker; rejects when the task throws, its worker dies, or it runs past the time limit. */
  run(input: I): Promise<O>
  /** Stops every worker; tasks still queued are rejected. */
  close(): Promise<void>
}

export interface WorkerPoolOptions {
  /** the worker module (TypeScript sources are run through tsx) */
  script: URL
  size: number
  workerData?: unknown
  /** a task running longer than this stops its worker, which is replaced; default none */
  taskTimeoutMs?: number
}

/** What a worker posts back for a task. */
export type WorkerReply<O> = { id: number; ok: true; output: O } | { id: number; ok: false; error: string }

interface Task<I, O> {
  id: number
  input: I
  resolve: (output: O) => void
  reject: (error: Error) => void
}

interface Slot<I, O> {
  worker: Worker
  task: Task<I, O> | null
  timer: NodeJS.Timeout | null
  /** whether the current worker has answered a task: one that fails before then cannot start */
  answered: boolean
  /** whether the current worker has loaded (posted { ready: true }); tasks wait until then, so loading never counts against a task's time */
  ready: boolean
}

/**
 * The file of a worker module beside `base` (an `import.meta.url`): the `.ts` source when running
 * from sources, the built `.js` otherwise.
 *
 * @example
 * workerScript('./analysis-worker', import.meta.url)
 */
export function workerScript(name: string, base: string): URL {
  return new URL(`${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base)
}

function startWorker(script: URL, workerData: unknown): Worker {
  let worker: Worker
  if (script.pathname.endsWith('.ts')) {
    // Running from sources: the worker registers the tsx loader itself, resolved from here so it is found from any folder.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'))
    const code = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`
    worker = new Worker(code, { eval: true, workerData })
  } else {
    worker = new Worker(script, { workerData })
  }
  worker.unref()
  return worker
}

/**
 * Starts `size` worker threads running `script`. Each posts `{ ready: true }` once loaded, then
 * receives `{ id, input }` messages and answers each with a WorkerReply. A worker that crashes or times out fails only its own task and is replaced.
 *
 * @example
 * const pool = createWorkerPool<string, number>({ script: workerScript('./count-worker', import.meta.url), size: 2 })
 * await pool.run('text')
 */
export function createWorkerPool<I, O>({ script, size, workerData, taskTimeoutMs }: WorkerPoolOptions): WorkerPool<I, O> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A worker pool needs at least one worker; got ${size}.`)
  const queue: Task<I, O>[] = []
  const slots: Slot<I, O>[] = []
  let nextId = 1
  let closed = false
  let broken: Error | null = null
  let failedStarts = 0

  const finish = (slot: Slot<I, O>) => {
    if (slot.timer) clearTimeout(slot.timer)
    const task = slot.task
    slot.task = null
    slot.timer = null
    return task
  }

  const replace = (slot: Slot<I, O>, why: string) => {
    const task = finish(slot)
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    task?.reject(new Error(why))
    if (closed || broken) return
    // Workers that keep failing before their first answer cannot load: stop instead of restarting forever.
    if (!slot.answered && ++failedStarts > size + 2) {
      broken = new Error(`The worker threads cannot start: ${why}`)
      for (const queued of queue.splice(0)) queued.reject(broken)
      return
    }
    slot.answered = false
    slot.ready = false
    slot.worker = spawn(slot)
    dispatch()
  }

  function spawn(slot: Slot<I, O>): Worker {
    const worker = startWorker(script, workerData)
    worker.on('message', (reply: WorkerReply<O> | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true
        dispatch()
        return
      }
      const task = slot.task
      if (!task || reply.id !== task.id) return
      finish(slot)
      slot.answered = true
      if (reply.ok) task.resolve(reply.output)
      else task.reject(new Error(reply.error))
      dispatch()
    })
    worker.on('error', (error) => replace(slot, `the worker thread failed: ${error.message}`))
    worker.on('exit', (code) => {
      if (!closed) replace(slot, `the worker thread stopped (exit code ${code})`)
    })
    return worker
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.task || !slot.ready || queue.length === 0) continue
      const task = queue.shift()!
      slot.task = task
      if (taskTimeoutMs) slot.timer = setTimeout(() => replace(slot, `the task took longer than ${taskTimeoutMs / 1000} s and was stopped`), taskTimeoutMs)
      slot.worker.postMessage({ id: task.id, input: task.input })
    }
    // Workers keep the process alive only while there is work, queued or running.
    for (const slot of slots) {
      if (slot.task || queue.length > 0) slot.worker.ref()
      else slot.worker.unref()
    }
  }

  for (let i = 0; i < size; i++) {
    const slot: Slot<I, O> = { worker: null as unknown as Worker, task: null, timer: null, answered: false, ready: false }
    slot.worker = spawn(slot)
    slots.push(slot)
  }

  return {
    size,
    run(input) {
      if (closed) return Promise.reject(new Error('The worker pool is closed.'))
      if (broken) return Promise.reject(broken)
      return new Promise<O>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject })
        dispatch()
      })
    },
    async close() {
      closed = true
      for (const task of queue.splice(0)) task.reject(new Error('The worker pool was closed before the task ran.'))
      await Promise.all(
        slots.map(async (slot) => {
          finish(slot)?.reject(new Error('The worker pool was closed while the task ran.'))
          slot.worker.removeAllListeners()
          await slot.worker.terminate()
        }),
      )
    },
  }
}
