import { DOMParser } from 'linkedom'

const HTML_OPEN = /<html(\s[^>]*)?>/i
const HTML_TAGS = /<\/?html(?:\s[^>]*)?>/gi
const BODY_OPEN = /<body[\s>]/i
const HEAD_CLOSE = /<\/head\s*>/i
const DOCTYPE = /^\s*<!doctype[^>]*>/i

/**
 * Parses HTML into a DOM Document with <html>, <head> and <body> in place. The DOM library used does
 * not infer missing document structure the way browsers do, so a fragment ("<p>…</p>") or a page
 * without <body> is wrapped first.
 *
 * @example
 * parseHtmlDocument('<p>Hello</p>').body.textContent // 'Hello'
 */
export function parseHtmlDocument(html: string): Document {
  let markup = html
  if (!BODY_OPEN.test(markup)) {
    const attributes = HTML_OPEN.exec(markup)?.[1] ?? ''
    const bare = markup.replace(DOCTYPE, '').replace(HTML_TAGS, '')
    const headEnd = HEAD_CLOSE.exec(bare)
    const head = headEnd ? bare.slice(0, headEnd.index + headEnd[0].length) : '<head></head>'
    const body = headEnd ? bare.slice(headEnd.index + headEnd[0].length) : bare
    markup = `<!doctype html><html${attributes}>${head}<body>${body}</body></html>`
  } else if (!HTML_OPEN.test(markup)) {
    markup = `<!doctype html><html>${markup.replace(DOCTYPE, '')}</html>`
  }
  return new DOMParser().parseFromString(markup, 'text/html') as unknown as Document
}
