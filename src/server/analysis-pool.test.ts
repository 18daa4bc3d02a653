import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { ReportSchema } from '../report/schema.ts'
import { AnalysisRejected, createServerPool, UnreadableInput } from './analysis-pool.ts'

const text = 'NATO said on Monday that 1,200 troops had arrived in Riga.'

describe('the server analysis pool on a worker thread', () => {
  const pool = createServerPool({ workers: 1, maxPending: 2 })
  after(() => pool.close())

  test('reads and analyses a document on the worker, as a JSON string or an object', async () => {
    await pool.ready()
    const json = await pool.analyzeToJson({ format: 'text', content: text, source: 'api', issuer: 'NATO' })
    const report = ReportSchema.parse(JSON.parse(json))
    assert.equal(report.document.issuer, 'NATO')
    assert.equal(report.document.source, 'api')
    const object = await pool.analyzeToReport({ format: 'html', content: `<p>${text}</p>`, source: 'https://example.org/a', url: 'https://example.org/a' })
    assert.equal(object.document.text, text)
    assert.equal(object.document.url, 'https://example.org/a')
  })

  test('an input without text is UnreadableInput, not a crash', async () => {
    await assert.rejects(pool.analyzeToJson({ format: 'html', content: '<div></div>', source: 'api' }), (error: unknown) => error instanceof UnreadableInput && /no readable text/.test(error.message))
  })

  test('refuses new documents as busy once maxPending are waiting', async () => {
    const running = [1, 2].map(() => pool.analyzeToJson({ format: 'text', content: text, source: 'api' }))
    await assert.rejects(pool.analyzeToJson({ format: 'text', content: text, source: 'api' }), (error: unknown) => error instanceof AnalysisRejected && error.reason === 'busy')
    assert.equal((await Promise.all(running)).length, 2)
  })

  test('a document sent again is answered from recent reports without waiting for a worker', async () => {
    const source = { format: 'text' as const, content: `${text} Again.`, source: 'api' }
    const first = await pool.analyzeToJson(source)
    const running = [1, 2].map((n) => pool.analyzeToJson({ format: 'text', content: `${text} ${n}`, source: 'api' }))
    assert.equal(await pool.analyzeToJson(source), first)
    await Promise.all(running)
  })
})

test('closing waits for documents in analysis, then refuses new ones', async () => {
  const pool = createServerPool({ workers: 1 })
  const pending = pool.analyzeToJson({ format: 'text', content: `${text} `.repeat(200), source: 'api' })
  const closed = pool.close()
  await assert.rejects(pool.analyzeToJson({ format: 'text', content: text, source: 'api' }), (error: unknown) => error instanceof AnalysisRejected && error.reason === 'closed')
  assert.equal(JSON.parse(await pending).schema, 'unspun.report/1')
  await closed
})
