/** A search snippet with its matched words marked; the text is rendered as text, never as HTML. */
export function MarkedSnippet({ snippet, highlights }: { snippet: string; highlights: readonly [number, number][] }) {
  const parts = []
  let at = 0
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > snippet.length) continue
    if (start > at) parts.push(snippet.slice(at, start))
    parts.push(<mark key={start}>{snippet.slice(start, end)}</mark>)
    at = end
  }
  if (at < snippet.length) parts.push(snippet.slice(at))
  return <p class="snippet">{parts}</p>
}
