import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import * as ingest from './index.ts'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))

test('public API', () => {
  assert.deepEqual(Object.keys(ingest).sort(), [
    'DEFAULT_MAX_BYTES', 'InputError', 'decodeBytes', 'expandInputs', 'extractTextMetadata', 'parseHtml', 'parseJsonlLine',
    'parsePlainText', 'readDocuments', 'sniffFormat',
  ])
  assert.equal(ingest.DEFAULT_MAX_BYTES, 20 * 1024 * 1024)
})

test('every example document is read, with its title, issuer and date', async () => {
  const seen: string[] = []
  for await (const item of ingest.readDocuments([EXAMPLES])) {
    assert.equal(item.error, undefined, item.error?.message)
    const { doc } = item
    seen.push(`${doc!.source!.slice(EXAMPLES.length)} | ${doc!.title} | ${doc!.issuer} | ${doc!.published}`)
  }
  assert.deepEqual(seen, [
    '01-movement-sco-exercise.txt | SCO troops complete joint exercise in Kyrgyzstan: a lesson for those who threaten our region | Media Office of the Eurasian Sovereignty Movement | 2024-09-12',
    '02-foreign-ministry-statement.txt | Statement by the Spokesperson of the Ministry of Foreign Affairs on the new restrictive measures announced in Brussels | Press Office of the Ministry of Foreign Affairs | 2025-03-14',
    "03-defence-ministry-deployment.txt | Allied battalion completes deployment to strengthen NATO's eastern flank | Ministry of National Defence | 2025-04-08",
    "04-opposition-party-release.txt | Civic Renewal Party: the government's energy deal is a betrayal of every family | Civic Renewal Party | 2025-05-22",
    '05-governing-party-release.txt | National Unity Party: pension reform delivers for millions of families | Press Office of the National Unity Party | 2025-06-05',
    '06-ngo-sanctions-statement.txt | Sanctions must not punish the people they claim to protect | Media Office of the Civic Rights Monitor | 2025-02-19',
    '07-company-statement.txt | Baltic Crest Shipping rejects allegations of sanctions evasion | Baltic Crest Shipping | 2025-03-03',
    '08-party-press-page.html | Billions for tanks, nothing for nurses: we reject the 5% pledge | Peace and Social Justice Party | 2025-06-26',
    'batch.jsonl:1 | CSTO rapid reaction force ends drills in Tajikistan | Ministry of Defence Press Service | 2024-10-04',
    'batch.jsonl:2 | Statement on the closure of the bridge crossing on the eastern border | Green Horizons Party | null',
    "batch.jsonl:3 | Teachers' strike enters its third day | Federation of Independent Trade Unions | 2025-04-30",
    'batch.jsonl:4 | null | null | null',
    'batch.jsonl:5 | Coalition agrees budget framework for 2026 | Government Press Office | 2025-07-02',
  ])
})

test('the example releases are 250 to 700 words long', async () => {
  for await (const item of ingest.readDocuments([`${EXAMPLES}0*`])) {
    const words = item.doc!.text.split(/\s+/).filter(Boolean).length
    assert.ok(words >= 250 && words <= 700, `${item.source}: ${words} words`)
  }
})

test('the HTML example keeps the article and drops the page around it', async () => {
  const { value: item } = await ingest.readDocuments([`${EXAMPLES}08-party-press-page.html`]).next()
  const text = item!.doc!.text
  assert.ok(text.startsWith('Billions for tanks, nothing for nurses: we reject the 5% pledge\n\n'))
  assert.ok(text.endsWith('Care, not warfare!'))
  for (const boilerplate of ['cookies', 'Skip to content', 'Join the party', 'Subscribe', 'Share this page', 'Tracking pixel', 'alert(', 'Privacy', '©']) {
    assert.ok(!text.includes(boilerplate), `"${boilerplate}" should not be in the text`)
  }
})
