// Starts the real server (built web UI, example documents, its own SQLite file) and a headless
// Chromium driven by playwright-core, for the browser tests. Screenshots go to test-artifacts/browser/.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startServer, type RunningServer, type ServeOptions } from '../../src/server/start-server.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CHROMIUM = process.env.UNSPUN_CHROMIUM ?? '/usr/bin/chromium'
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser')

/** Why the browser tests cannot run here, or false when they can. */
export const skipBrowser: string | false = existsSync(CHROMIUM) ? false : `needs Chromium at ${CHROMIUM} (apt-get install chromium, or set UNSPUN_CHROMIUM)`

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds the web UI with vite when web/dist is missing, as `npm run build:web` does. Test files run
 * in parallel: the first one builds, the others wait for its build instead of building over it.
 */
export function ensureWebBuilt(): void {
  const built = join(ROOT, 'web/dist/index.html')
  if (existsSync(built)) return
  const lock = join(tmpdir(), `unspun-web-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}`)
  try {
    mkdirSync(lock)
  } catch {
    for (let waited = 0; waited < 180_000 && !existsSync(built) && existsSync(lock); waited += 500) sleep(500)
    if (existsSync(built)) return
    throw new Error(`web/dist was not built; another test run may have failed to build it (remove ${lock} if it is stale)`)
  }
  try {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
    const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`npm run build:web failed:\n${result.stdout}\n${result.stderr}`)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

export interface Workbench {
  server: RunningServer
  browser: Browser
  page: Page
  /** every script error and console error seen so far (HTTP error answers aside) */
  problems: string[]
  /** Saves a full-page screenshot as test-artifacts/browser/<name>.png. */
  screenshot(name: string, page?: Page): Promise<string>
  close(): Promise<void>
}

/**
 * The server on a free port with the examples loaded into a fresh store, and a browser page on it
 * (1366×800, a laptop screen).
 *
 * @example
 * const bench = await openWorkbench()
 * await bench.page.goto(bench.server.url)
 */
export async function openWorkbench(options: ServeOptions = {}): Promise<Workbench> {
  ensureWebBuilt()
  mkdirSync(ARTIFACTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'unspun-browser-'))
  const server = await startServer({ port: 0, db: join(dir, 'corpus.db'), workers: 1, loadExamples: true, log: () => undefined, ...options })
  let browser: Browser
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    })
  } catch (error) {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    // An API error answer is logged by the browser as a failed resource; the tests provoke some on purpose.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`)
  })
  return {
    server,
    browser,
    page,
    problems,
    async screenshot(name, target = page) {
      const path = join(ARTIFACTS, `${name}.png`)
      await target.screenshot({ path, fullPage: true })
      return path
    },
    async close() {
      await browser.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
