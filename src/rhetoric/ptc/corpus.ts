import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Span } from '../../text/types.ts'
import { offsetConverter } from './code-points.ts'
import { parseSiLabels, parseTcLabels } from './labels.ts'

/** Where the PTC training split lives on a developer machine: `<repo>/../shared/data/ptc-train`. */
export const DEFAULT_PTC_TRAIN_DIR = fileURLToPath(new URL('../../../../shared/data/ptc-train/', import.meta.url))

export interface PtcTechniqueSpan extends Span {
  /** the exact PTC label, e.g. `Loaded_Language` */
  technique: string
}

/** One PTC article with its gold annotations, offsets converted to UTF-16 code units of `text`. */
export interface PtcArticle {
  id: string
  text: string
  /** span-identification gold (as listed in the SI file, not merged) */
  spans: Span[]
  /** technique gold, one entry per label (a span with two labels appears twice) */
  techniques: PtcTechniqueSpan[]
}

const ARTICLE_FILE = /^article(.+)\.txt$/

/**
 * Reads every `article<ID>.txt` of a folder, sorted by id.
 *
 * @example
 * readPtcArticles('ptc-train/articles').get('111111111') // the article text
 */
export function readPtcArticles(dir: string): Map<string, string> {
  if (!existsSync(dir)) throw new Error(`No such folder: ${dir}. Pass the folder that holds the article<ID>.txt files.`)
  const ids = readdirSync(dir)
    .map((name) => ARTICLE_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort()
  return new Map(ids.map((id) => [id, readFileSync(join(dir, `article${id}.txt`), 'utf8')]))
}

/**
 * Loads a PTC split: `articles/`, `train-task-si.labels` and `train-task-flc-tc.labels` under `root`.
 * Offsets in the labels count code points; the result counts UTF-16 units like the rest of unspun.
 */
export function loadPtcCorpus(root: string = DEFAULT_PTC_TRAIN_DIR): PtcArticle[] {
  const texts = readPtcArticles(join(root, 'articles'))
  const siFile = join(root, 'train-task-si.labels')
  const tcFile = join(root, 'train-task-flc-tc.labels')
  const si = parseSiLabels(readFileSync(siFile, 'utf8'), siFile)
  const tc = parseTcLabels(readFileSync(tcFile, 'utf8'), tcFile)
  const articles = new Map<string, PtcArticle>()
  const converters = new Map<string, ReturnType<typeof offsetConverter>>()
  for (const [id, text] of texts) {
    articles.set(id, { id, text, spans: [], techniques: [] })
    converters.set(id, offsetConverter(text))
  }
  const find = (id: string, file: string) => {
    const article = articles.get(id)
    if (!article) throw new Error(`${file} labels article ${id}, which is not in ${join(root, 'articles')}`)
    return { article, at: converters.get(id)! }
  }
  for (const l of si) {
    const { article, at } = find(l.article, siFile)
    article.spans.push({ start: at.toUtf16(l.start), end: at.toUtf16(l.end) })
  }
  for (const l of tc) {
    const { article, at } = find(l.article, tcFile)
    article.techniques.push({ technique: l.technique, start: at.toUtf16(l.start), end: at.toUtf16(l.end) })
  }
  return [...articles.values()]
}
