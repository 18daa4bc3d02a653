import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { openWorkbench, skipBrowser, type Workbench } from './workbench-harness.ts'

// Each payload would set window.__xss (or open a dialog) if the page ever treated text as markup.
const PAYLOADS = [
  `<script>window.__xss = 'script'</script>`,
  `<img src=x onerror="window.__xss = 'img'">`,
  `"><svg onload="window.__xss = 'svg'">`,
  `<a href="javascript:window.__xss = 'link'">click</a>`,
  `<iframe srcdoc="<script>parent.__xss = 'iframe'</script>"></iframe>`,
  '{{constructor.constructor("window.__xss = \'template\'")()}}',
]
const TEXT = `Statement on the border <script>window.__xss = 'title-script'</script>

BRUSSELS, 3 March 2025 — The Ministry of Foreign Affairs said on Monday that ${PAYLOADS.join(' and ')} were found in a leaked document. "We will not accept ${PAYLOADS[1]} as an answer," the spokesperson said.`
const ISSUER = `Ministry <img src=x onerror="window.__xss = 'issuer'">`

/** The document text as the page shows it, sentence by sentence, without white space (the margin labels left out). */
async function shownText(page: Page): Promise<string> {
  return (await page.locator('.sent p').allTextContents()).join('').replace(/\s+/g, '')
}

const squash = (text: string) => text.replace(/\s+/g, '')

async function nothingRan(page: Page, where: string): Promise<void> {
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined, `${where}: a payload ran`)
  assert.equal(await page.locator('img[src="x"], svg[onload], iframe, a[href^="javascript:"]').count(), 0, `${where}: a payload became an element`)
  assert.equal(await page.locator('script:not([src])').count(), 0, `${where}: an inline script is in the page`)
}

describe('document text that holds markup is shown as text and never runs', { skip: skipBrowser }, () => {
  let bench: Workbench
  let id: string
  const dialogs: string[] = []
  before(async () => {
    bench = await openWorkbench({ loadExamples: false })
    bench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const res = await fetch(`${bench.server.url}api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: TEXT, issuer: ISSUER }) })
    assert.equal(res.status, 201)
    id = ((await res.json()) as { id: string }).id
  })
  after(async () => {
    const problems = bench?.problems ?? []
    await bench?.close()
    assert.deepEqual(dialogs, [], 'no dialog opened')
    assert.deepEqual(problems, [], 'no script errors')
  })

  test('the server sends a content security policy that forbids inline scripts', async () => {
    const res = await fetch(bench.server.url)
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /script-src 'self'/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/)
  })

  test('in the corpus list: title, issuer facet and snippet', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/corpus?q=leaked`)
    await page.waitForSelector('.hit')
    assert.match((await page.locator('.hit h3').textContent()) ?? '', /<script>window.__xss = 'title-script'<\/script>/)
    assert.match((await page.locator('.facets').textContent()) ?? '', /Ministry <img src=x onerror=/)
    assert.match((await page.locator('.hit .snippet').textContent()) ?? '', /<script>|<img src=x/)
    await nothingRan(page, 'corpus')
    await bench.screenshot('xss-corpus')
  })

  test('in the reading view: text, highlights, explanations and panels', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/documents/${id}`)
    await page.waitForSelector('.reading .hl')
    const text = await shownText(page)
    for (const payload of PAYLOADS) assert.ok(text.includes(squash(payload)), `the text shows ${payload} as written`)
    for (const highlight of await page.locator('.sent .hl').all()) {
      await highlight.click()
      await nothingRan(page, 'explanation')
    }
    await page.locator('.sent .hl').first().click()
    await nothingRan(page, 'reading view')
    await bench.screenshot('xss-reading-view')
  })

  test('in the issuer profile, whose name comes from the address bar', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/issuers/${encodeURIComponent(ISSUER)}`)
    await page.waitForSelector('.issuer h1')
    assert.equal(await page.locator('.issuer h1').textContent(), ISSUER)
    await nothingRan(page, 'issuer profile')
  })

  test('when pasted into the analyse page', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/analyse`)
    await page.fill('textarea[name=text]', TEXT)
    await page.click('button[type=submit]')
    await page.waitForSelector('.reading .hl')
    await nothingRan(page, 'analyse')
  })

  test('in the offline HTML report the server sends', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}api/documents/${id}/report?format=html`)
    const text = await shownText(page)
    for (const payload of PAYLOADS) assert.ok(text.includes(squash(payload)), `the report shows ${payload} as written`)
    await nothingRan(page, 'HTML report')
  })
})
