import { useState } from 'preact/hooks'
import { postJson, postRaw, queryString, type IngestResult, type Report } from '../api.ts'
import { ErrorMessage } from '../components/error-message.tsx'
import { ReadingView } from '../reading/reading-view.tsx'
import { href } from '../router.ts'

type Mode = 'paste' | 'upload' | 'url'

interface Metadata {
  title: string
  issuer: string
  published: string
}

const MODES: { id: Mode; label: string }[] = [
  { id: 'paste', label: 'Paste text' },
  { id: 'upload', label: 'Upload a file' },
  { id: 'url', label: 'From a URL' },
]

function isHtmlFile(file: File): boolean {
  return file.type === 'text/html' || file.type === 'application/xhtml+xml' || /\.x?html?$/i.test(file.name)
}

/** Sends the document of the form to an endpoint (analyse or store) the way it was given. */
function send<T>(endpoint: string, mode: Mode, input: { text: string; url: string; file: File | null }, meta: Metadata): Promise<T> {
  const metadata = { title: meta.title.trim() || undefined, issuer: meta.issuer.trim() || undefined, published: meta.published || undefined }
  if (mode === 'upload') {
    if (!input.file) return Promise.reject(new Error('Choose a file first.'))
    const file = input.file
    return postRaw<T>(`${endpoint}${queryString(metadata)}`, file, isHtmlFile(file) ? 'text/html' : 'text/plain')
  }
  if (mode === 'url') return postJson<T>(endpoint, { url: input.url.trim(), ...metadata })
  const looksHtml = /^\s*<(?:!doctype|html|body|article|div|p)\b/i.test(input.text)
  return postJson<T>(endpoint, { [looksHtml ? 'html' : 'text']: input.text, ...metadata })
}

/** Analyse a new document, pasted, uploaded or fetched from a URL, and read its report; optionally keep it in the corpus. */
export function AnalysePage({ canWrite }: { canWrite: boolean }) {
  const [mode, setMode] = useState<Mode>('paste')
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [meta, setMeta] = useState<Metadata>({ title: '', issuer: '', published: '' })
  const [report, setReport] = useState<Report | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [saved, setSaved] = useState<IngestResult | null>(null)

  const input = { text, url, file }
  const ready = mode === 'paste' ? text.trim() !== '' : mode === 'url' ? url.trim() !== '' : file !== null

  const analyse = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    setSaved(null)
    setReport(null)
    try {
      setReport(await send<Report>('/api/analyze', mode, input, meta))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      setSaved(await send<IngestResult>('/api/documents', mode, input, meta))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="page analyse">
      <h1>Analyse a document</h1>
      <form class="analyse-form" onSubmit={analyse}>
        <div class="tabs" role="tablist" aria-label="How to give the document">
          {MODES.map((m) => (
            <button key={m.id} type="button" role="tab" id={`tab-${m.id}`} aria-selected={mode === m.id} aria-controls={`panel-${m.id}`} class={mode === m.id ? 'active' : ''} onClick={() => setMode(m.id)}>
              {m.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${mode}`} aria-labelledby={`tab-${mode}`}>
          {mode === 'paste' ? (
            <label class="field wide">
              <span>Text or HTML</span>
              <textarea name="text" rows={10} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} placeholder="Paste a press release or a news article…" />
            </label>
          ) : mode === 'upload' ? (
            <label class="field wide">
              <span>A .txt or .html file</span>
              <input name="file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
            </label>
          ) : (
            <label class="field wide">
              <span>Address of the page (http or https)</span>
              <input name="url" type="url" value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} placeholder="https://…" />
            </label>
          )}
        </div>
        <div class="row">
          <label class="field">
            <span>Title</span>
            <input name="title" value={meta.title} onInput={(e) => setMeta({ ...meta, title: (e.currentTarget as HTMLInputElement).value })} placeholder="read from the text" />
          </label>
          <label class="field">
            <span>Issuer</span>
            <input name="issuer" value={meta.issuer} onInput={(e) => setMeta({ ...meta, issuer: (e.currentTarget as HTMLInputElement).value })} placeholder="read from the text" />
          </label>
          <label class="field">
            <span>Published</span>
            <input name="published" type="date" value={meta.published} onInput={(e) => setMeta({ ...meta, published: (e.currentTarget as HTMLInputElement).value })} />
          </label>
        </div>
        <div class="row actions">
          <button type="submit" class="primary" disabled={!ready || busy}>
            {busy ? 'Working…' : 'Analyse'}
          </button>
          {canWrite && report ? (
            <button type="button" onClick={save} disabled={busy}>
              Save to corpus
            </button>
          ) : null}
          {saved ? (
            <span class="note" role="status">
              {saved.outcome === 'duplicate' ? 'Already in the corpus: ' : 'Saved: '}
              <a href={href(['documents', saved.id])}>open the stored document</a>
            </span>
          ) : null}
        </div>
      </form>
      <ErrorMessage error={error} />
      {report ? <ReadingView report={report} /> : null}
    </div>
  )
}
