import { readdir, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { DOCUMENT_EXTENSIONS } from './format.ts'
import { InputError } from './input-error.ts'

export interface ExpandedInput {
  /** a file path, or '-' for standard input */
  source: string
  /** set when the pattern could not be expanded (no match, unreadable path) */
  error?: InputError
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  if (code === 'ELOOP') return 'too many symbolic links'
  return error instanceof Error ? error.message : String(error)
}

// A folder's own notes (examples/README.md) describe the documents; they are not documents themselves.
const FOLDER_NOTES = /^(?:readme|licen[cs]e|changelog|notice|contributing|code_of_conduct)(?:\.[^.]+)?$/i

/** Files with a document extension under a directory, depth first, sorted by name; hidden entries and README-like notes skipped. */
async function documentsIn(directory: string): Promise<string[]> {
  const found: string[] = []
  const pending = [directory]
  while (pending.length > 0) {
    const dir = pending.pop()!
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const subdirectories: string[] = []
    for (const entry of entries) {
      const path = join(dir, entry.name)
      // Symbolic links to files count; links to directories are not followed, so no cycle is possible.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)))
      if (entry.isDirectory()) subdirectories.push(path)
      else if (isFile && DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !FOLDER_NOTES.test(entry.name)) found.push(path)
    }
    pending.push(...subdirectories.reverse())
  }
  return found
}

async function expandOne(pattern: string): Promise<ExpandedInput[]> {
  if (pattern === '-') return [{ source: '-' }]
  const info = await stat(pattern).catch((error: unknown) => error as Error)
  if (!(info instanceof Error)) {
    if (info.isDirectory()) {
      const files = await documentsIn(pattern).catch((error: unknown) => error as Error)
      if (files instanceof Error) return [{ source: pattern, error: new InputError(pattern, `cannot read the directory: ${reasonOf(files)}`) }]
      if (files.length === 0) {
        return [{ source: pattern, error: new InputError(pattern, `the directory holds no documents (looked for ${DOCUMENT_EXTENSIONS.join(' ')})`) }]
      }
      return files.map((source) => ({ source }))
    }
    return [{ source: pattern }]
  }
  if (isDynamicPattern(pattern)) {
    const matches = await glob(pattern, { onlyFiles: true, absolute: isAbsolute(pattern), expandDirectories: false })
    if (matches.length === 0) return [{ source: pattern, error: new InputError(pattern, 'no file matches this pattern') }]
    return matches.sort().map((source) => ({ source }))
  }
  return [{ source: pattern, error: new InputError(pattern, reasonOf(info)) }]
}

/**
 * Expands files, directories (searched recursively for .txt .text .md .html .htm .xhtml .jsonl
 * .ndjson, leaving out hidden entries, node_modules and README/LICENSE/CHANGELOG-style notes),
 * glob patterns and '-' (standard input) into a list of sources, in the order given and
 * without repeating a file. A pattern that matches nothing, or a path that cannot be read, becomes
 * an entry with an error; this never throws.
 *
 * @example
 * await expandInputs(['examples/', 'missing.txt'])
 * // [{ source: 'examples/batch.jsonl' }, …, { source: 'missing.txt', error: InputError('missing.txt: no such file or directory') }]
 */
export async function expandInputs(patterns: readonly string[]): Promise<ExpandedInput[]> {
  const inputs: ExpandedInput[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    let expanded: ExpandedInput[]
    try {
      expanded = await expandOne(pattern)
    } catch (error) {
      expanded = [{ source: pattern, error: new InputError(pattern, reasonOf(error)) }]
    }
    for (const input of expanded) {
      if (!input.error && input.source !== '-') {
        const key = resolve(input.source)
        if (seen.has(key)) continue
        seen.add(key)
      }
      inputs.push(input)
    }
  }
  return inputs
}
