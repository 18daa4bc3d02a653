const LINE_BREAK = /\r\n|\r|\n/

/**
 * The first lines of a text, trimmed, blank lines kept as ''. Reads at most `maxChars` characters,
 * so the cost does not grow with the document; a line cut by that limit is left out.
 */
export function headLines(text: string, maxLines = 40, maxChars = 3000): string[] {
  const cut = text.length > maxChars
  const lines = text.slice(0, maxChars).split(LINE_BREAK, maxLines + 1)
  if (cut || lines.length > maxLines) lines.pop()
  return lines.map((line) => line.trim())
}

/** The last lines of a text, trimmed, blank lines kept as '', in document order; bounded like `headLines`. */
export function tailLines(text: string, maxLines = 40, maxChars = 4000): string[] {
  const cut = text.length > maxChars
  const lines = text.slice(-maxChars).split(LINE_BREAK)
  if (cut) lines.shift()
  return lines.slice(-maxLines).map((line) => line.trim())
}

/** Number of whitespace-separated words. */
export function wordCount(line: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** True when the line has letters and none of them is lower case ("PRESS RELEASE", "NATO ENDS DRILLS"). */
export function isAllCaps(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)
}
