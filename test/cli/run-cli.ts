// Runs the CLI from its TypeScript sources, as a user would run `unspun`, and collects what it prints.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const EXAMPLES = join(ROOT, 'examples')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** Text to pipe into standard input; when absent stdin is closed empty. */
  input?: string | Buffer
  /** Extra environment variables; colour variables are cleared unless set here. */
  env?: Record<string, string>
  cwd?: string
  /** Run bin/unspun.js (what `npm start` runs) instead of src/cli/main.ts. */
  bin?: boolean
}

/**
 * Runs `unspun <args>` and resolves with its exit code and output.
 *
 * @example
 * const { code, stdout } = await runCli(['analyze', 'examples/', '--format', 'json'])
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, NODE_OPTIONS: undefined, ...options.env }
  const entry = options.bin ? [join(ROOT, 'bin/unspun.js')] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-cli-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The packaged example files with one of the given extensions, as paths relative to the repository. */
export function exampleFiles(...extensions: string[]): string[] {
  let names: string[] = []
  try {
    names = readdirSync(EXAMPLES)
  } catch {
    return []
  }
  return names
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => `examples/${name}`)
}
