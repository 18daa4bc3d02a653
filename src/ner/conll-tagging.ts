import { conllSentences, parseConllLines } from './conll-format.ts'

/**
 * Tags a CoNLL file: every input line comes back with one more space-separated column, the predicted
 * IOB2 tag of its token (the first column). Blank lines stay blank; `-DOCSTART-` lines keep their
 * content and get `O`. Sentences are the runs of lines between blank and `-DOCSTART-` lines.
 * Throws a `ConllFormatError` naming `source` and the line for input that is not text.
 *
 * @example
 * tagConll(new TextEncoder().encode('NATO NNP\nmet VBD\n'), 'in.conll', loadNerTagger())
 * // 'NATO NNP B-ORG\nmet VBD O\n'
 */
export function tagConll(bytes: Uint8Array, source: string, tagger: { tag(words: readonly string[]): readonly string[] }): string {
  const lines = parseConllLines(bytes, source)
  const tags = new Array<string>(lines.length).fill('O')
  for (const sentence of conllSentences(lines)) {
    const predicted = tagger.tag(sentence.map((i) => lines[i].columns[0]))
    sentence.forEach((line, k) => (tags[line] = predicted[k]))
  }
  let out = ''
  lines.forEach((line, i) => {
    out += line.kind === 'blank' ? '\n' : `${line.text.trimEnd()} ${tags[i]}\n`
  })
  return out
}
