import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createWorkerPool, workerScript } from './worker-pool.ts'

const script = workerScript('./test-support/echo-worker', import.meta.url)

test('a pool runs tasks on its workers and returns their answers in order of the calls', async () => {
  const pool = createWorkerPool<string, string>({ script, size: 2 })
  try {
    assert.deepEqual(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => pool.run(x))), ['A', 'B', 'C', 'D', 'E'])
  } finally {
    await pool.close()
  }
})

test('a task that fails, kills its worker or runs too long fails alone; the pool goes on', async () => {
  const pool = createWorkerPool<string, string>({ script, size: 2, taskTimeoutMs: 1500 })
  try {
    const results = await Promise.allSettled(['throw', 'exit', 'hang', 'ok'].map((x) => pool.run(x)))
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      ['asked to fail', 'the worker thread stopped (exit code 3)', 'the task took longer than 1.5 s and was stopped', 'OK'],
    )
    assert.equal(await pool.run('after'), 'AFTER')
  } finally {
    await pool.close()
  }
  await assert.rejects(pool.run('closed'), /closed/)
})

test('a worker module that cannot load fails the tasks instead of restarting forever', async () => {
  const pool = createWorkerPool<string, string>({ script: new URL('./test-support/missing-worker.ts', import.meta.url), size: 1 })
  try {
    await assert.rejects(pool.run('x'), /worker/)
    await assert.rejects(pool.run('y'), /cannot start|worker/)
  } finally {
    await pool.close()
  }
})
