import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { SAME_EVENT } from '../server/api-harness.ts'
import { openWorkbench, ROOT, skipBrowser, type Workbench } from './workbench-harness.ts'

const PASTED = `Allied battalion arrives in Lithuania

VILNIUS, 8 April 2025 — The Ministry of National Defence said on Monday that about 800 soldiers from Germany had arrived in Lithuania. "Every inch of our land will be defended," Defence Minister Laura Kask said at the ceremony in Rukla.

The opposition called the deployment a dangerous provocation that will drag the whole nation into war.`

describe('the workbench in Chromium', { skip: skipBrowser }, () => {
  let bench: Workbench
  before(async () => {
    bench = await openWorkbench()
    for (const doc of SAME_EVENT) {
      const res = await fetch(`${bench.server.url}api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) })
      assert.equal(res.status, 201)
    }
  })
  after(async () => {
    const problems = bench?.problems ?? []
    await bench?.close()
    assert.deepEqual(problems, [], 'no script errors on any page')
  })

  test('loads the corpus view with the example documents', async () => {
    const { page } = bench
    await page.goto(bench.server.url)
    await page.waitForSelector('.hit')
    assert.ok((await page.locator('.hit').count()) >= 8)
    assert.match((await page.locator('.top .status').textContent()) ?? '', /\d+ documents/)
    assert.ok((await page.locator('.facets li').count()) > 0, 'issuer facets are listed')
    await bench.screenshot('01-corpus')
  })

  test('analyses a pasted document and highlights its findings by layer', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/analyse`)
    await page.fill('textarea[name=text]', PASTED)
    await page.fill('input[name=issuer]', 'Ministry of National Defence')
    await page.click('button[type=submit]')
    await page.waitForSelector('.reading .hl')
    assert.equal(await page.locator('.reading h2').textContent(), 'Allied battalion arrives in Lithuania')
    for (const layer of ['entity', 'quote', 'amount', 'date', 'event']) {
      assert.ok((await page.locator(`.sent .ly-${layer}`).count()) > 0, `${layer} highlights are drawn`)
    }
    assert.ok((await page.locator('.fn b').count()) > 0, 'sentence functions are in the margin')
    assert.match((await page.locator('.panel', { hasText: 'Quotes' }).textContent()) ?? '', /Every inch of our land will be defended/)
    assert.match((await page.locator('.panel', { hasText: 'Events' }).textContent()) ?? '', /\d{3} /)
    await bench.screenshot('02-analyse-highlights')
  })

  test('a click on a highlighted passage explains it; Escape closes the explanation', async () => {
    const { page } = bench
    await page.locator('.sent .hl.ly-quote', { hasText: 'Every inch' }).first().click()
    const explanation = page.locator('.explain')
    await explanation.waitFor()
    const text = (await explanation.textContent()) ?? ''
    assert.match(text, /Why this is marked/)
    assert.match(text, /Quote/)
    assert.match(text, /Every inch of our land will be defended/)
    const technique = page.locator('.sent .hl.ly-technique').first()
    if ((await technique.count()) > 0) {
      await technique.click()
      assert.match((await explanation.textContent()) ?? '', /confidence \d\.\d\d/)
    }
    await bench.screenshot('03-explanation')
    await page.keyboard.press('Escape')
    await explanation.waitFor({ state: 'detached' })
  })

  test('highlights are reached with Tab and opened with Enter', async () => {
    const { page } = bench
    await page.click('#tab-paste')
    await page.fill('textarea[name=text]', PASTED)
    await page.click('button[type=submit]')
    await page.waitForSelector('.reading .hl')
    await page.locator('textarea[name=text]').focus()
    let onHighlight = false
    for (let i = 0; i < 80 && !onHighlight; i++) {
      await page.keyboard.press('Tab')
      onHighlight = await page.evaluate(() => document.activeElement?.classList.contains('hl') ?? false)
    }
    assert.ok(onHighlight, 'a highlight takes the keyboard focus')
    await page.keyboard.press('Enter')
    await page.locator('.explain').waitFor()
    await page.keyboard.press('Escape')
  })

  test('a layer switched off is not drawn; switched on again it is', async () => {
    const { page } = bench
    const entities = page.locator('.sent .ly-entity')
    const before = await entities.count()
    await page.uncheck('#show-entity')
    assert.equal(await entities.count(), 0)
    await page.uncheck('#show-technique')
    assert.equal(await page.locator('.sent .ly-technique').count(), 0)
    await bench.screenshot('04-layers-off')
    await page.check('#show-entity')
    await page.check('#show-technique')
    assert.equal(await entities.count(), before)
  })

  test('a panel entry scrolls to its passage and explains it', async () => {
    const { page } = bench
    const entities = page.locator('.panel').filter({ has: page.locator('h3', { hasText: /^Entities/ }) })
    await entities.locator('button.pick').first().click()
    await page.locator('.explain').waitFor()
    await page.waitForFunction(() => document.activeElement?.classList.contains('selected') ?? false)
    assert.match((await page.locator('.explain').textContent()) ?? '', /Entity/)
    await page.keyboard.press('Escape')
  })

  test('analyses an uploaded HTML file, and explains why a URL on the local network is refused', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/analyse`)
    await page.click('#tab-upload')
    await page.setInputFiles('input[name=file]', join(ROOT, 'examples/08-party-press-page.html'))
    await page.click('button[type=submit]')
    await page.locator('.reading h2', { hasText: 'Billions for tanks' }).waitFor()
    assert.doesNotMatch((await page.locator('.reading .text').textContent()) ?? '', /cookie|newsletter/i)
    await page.click('#tab-url')
    await page.fill('input[name=url]', `${bench.server.url}openapi.json`)
    await page.click('button[type=submit]')
    const error = page.locator('.error[role=alert]')
    await error.waitFor()
    assert.match((await error.textContent()) ?? '', /refused to connect to 127\.0\.0\.1 \(loopback address\).*\(url_refused\)/)
    assert.equal(await page.locator('.reading').count(), 0, 'the report of the previous document is not left under the error')
    await bench.screenshot('10-url-refused')
  })

  test('the corpus is filtered by the search form and by a facet', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/corpus`)
    await page.waitForSelector('.hit')
    const all = await page.locator('.hit').count()
    await page.fill('input[name=q]', 'shelled')
    await page.click('form.search button[type=submit]')
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 2)
    assert.equal(await page.locator('.hit mark').first().textContent(), 'shelled')
    assert.match(page.url(), /#\/corpus\?q=shelled/)
    await bench.screenshot('05-corpus-search')
    await page.goto(`${bench.server.url}#/corpus`)
    await page.waitForFunction((n) => document.querySelectorAll('.hit').length === n, all)
    await page.locator('.facets li', { hasText: 'Azerbaijani Defence Ministry' }).locator('button.pick').click()
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 1)
    assert.match((await page.locator('.active-filters').textContent()) ?? '', /issuer: Azerbaijani Defence Ministry/)
    await bench.screenshot('06-corpus-facet')
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.exports button', { hasText: 'documents' }).click()])
    assert.equal(file.suggestedFilename(), 'documents.csv')
    const csv = readFileSync((await file.path())!, 'utf8').trim().split('\n')
    assert.equal(csv.length, 2, 'the export holds the header and the one filtered document')
    assert.match(csv[1], /Azerbaijani Defence Ministry/)
    await page.locator('.active-filters button').click()
    await page.waitForFunction((n) => document.querySelectorAll('.hit').length === n, all)
  })

  test('an issuer profile charts its techniques over time', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/issuers/${encodeURIComponent('Ministry of National Defence')}`)
    await page.waitForSelector('.issuer h1')
    await page.waitForSelector('.issuer .panel li, .issuer .chart, .issuer .note')
    assert.equal(await page.locator('h1').textContent(), 'Ministry of National Defence')
    // The documents panel loads apart from the chart: wait for its links, not for the first panel.
    await page.waitForSelector('.issuer .panel a[href^="#/documents/"]', { timeout: 10_000 })
    assert.ok((await page.locator('.issuer .panel a[href^="#/documents/"]').count()) >= 1)
    await bench.screenshot('07-issuer')
  })

  test('an event reported by two sources is compared side by side', async () => {
    const { page } = bench
    await page.goto(`${bench.server.url}#/events`)
    await page.waitForSelector('.cluster a')
    await page.locator('.cluster a').first().click()
    await page.waitForSelector('.compare .source')
    assert.equal(await page.locator('.compare .source').count(), 2)
    const issuers = await page.locator('.compare .source .meta span:first-child').allTextContents()
    assert.deepEqual(new Set(issuers), new Set(['Ministry of Defence of Armenia', 'Azerbaijani Defence Ministry']))
    await bench.screenshot('08-event-sources')
  })

  test('a long document keeps its layout: no sideways scrolling, long words wrap', async () => {
    const { page } = bench
    const long = `${PASTED}\n\n${'https://example.org/' + 'a'.repeat(600)}\n\n${Array.from({ length: 150 }, (_, i) => `Paragraph ${i + 1}: the ministry said on Monday that ${i + 10} soldiers arrived in Vilnius.`).join('\n\n')}`
    await page.goto(`${bench.server.url}#/analyse`)
    await page.fill('textarea[name=text]', long)
    await page.click('button[type=submit]')
    await page.waitForSelector('.reading .hl')
    assert.ok((await page.locator('.sent').count()) > 150)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert.equal(overflow, 0, 'the page does not scroll sideways')
    const side = await page.evaluate(() => getComputedStyle(document.querySelector('.side')!).position)
    assert.equal(side, 'sticky', 'the findings panel stays in view while the text scrolls')
    await bench.screenshot('09-long-document')
  })
})
