import { Readability } from '@mozilla/readability'
import type { DocInput } from '../engine/types.ts'
import { MAX_HTML_DEPTH, measureNestingDepth } from './html-depth.ts'
import { parseHtmlDocument } from './html-document.ts'
import { readHtmlMetadata } from './html-metadata.ts'
import { collectText } from './html-text.ts'
import { InputError } from './input-error.ts'
import { extractTextMetadata } from './metadata.ts'

// Page furniture that is never part of a release: removed before the article is looked for.
const BOILERPLATE_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'button', 'nav', 'dialog',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="dialog"]', '[role="alertdialog"]', '[role="search"]',
  '[aria-hidden="true"]', '[hidden]',
].join(',')
const BOILERPLATE_NAME = /cookie|consent|gdpr|(?:^|[\s_-])(?:newsletter|subscribe|search|share|sharing|social|breadcrumbs?|skip-link|popup|modal|advert|ads?|promo|sponsored)(?:$|[\s_-])/i
const CONTENT = 'article, main, h1, [role="main"]'

function removeBoilerplate(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(BOILERPLATE_SELECTOR))) element.remove()
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    // A class name is only a hint: an element that wraps the article itself is never removed for it.
    if (BOILERPLATE_NAME.test(name) && element.isConnected && !element.querySelector(CONTENT)) element.remove()
  }
  // Site-wide headers and footers go; an article's own header (headline, dateline) stays.
  for (const element of Array.from(document.querySelectorAll('header, footer, aside'))) {
    if (!element.closest('article, main, [role="main"]') && element.isConnected) element.remove()
  }
}

function startsWithHeading(text: string, heading: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
  return squash(text.slice(0, heading.length + 200)).startsWith(squash(heading))
}

function mainText(document: Document): string {
  const body = document.body ? (document.body.cloneNode(true) as Node) : null
  let text = ''
  try {
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse()
    text = article?.content ? collectText(article.content) : ''
  } catch (error) {
    if (error instanceof RangeError) throw error
  }
  // When Readability finds no article (or fails on odd markup), the cleaned body is the text.
  if (text.trim() === '' && body) text = collectText(body)
  return text
}

/**
 * Reads an HTML page into a document: the article's text found by Readability (scripts, styles,
 * navigation, site headers and footers, cookie banners and share bars removed), paragraphs joined
 * by blank lines, entities decoded; the page's <h1> is kept as the first line. Title, date, issuer
 * and URL come from the page's metadata, then from the text itself; `published` is the fallback date.
 * Throws InputError when the page holds no text or nests elements too deeply to be read safely.
 *
 * @example
 * parseHtml('<h1>Troops return</h1><p>WARSAW, 5 May 2021 — …</p>', 'a.html').text // 'Troops return\n\nWARSAW, 5 May 2021 — …'
 */
export function parseHtml(html: string, source: string, options: { published?: string } = {}): DocInput {
  const depth = measureNestingDepth(html, MAX_HTML_DEPTH)
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError(source, `HTML elements are nested more than ${MAX_HTML_DEPTH} levels deep; a page this deeply nested cannot be read safely (is it malformed or hostile?)`)
  }
  let text: string
  let metadata: ReturnType<typeof readHtmlMetadata>
  try {
    const document = parseHtmlDocument(html)
    metadata = readHtmlMetadata(document)
    removeBoilerplate(document)
    text = mainText(document)
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(source, `the HTML is too complex to read (${error.message})`, { cause: error })
    throw error
  }
  if (metadata.heading && text !== '' && !startsWithHeading(text, metadata.heading)) text = `${metadata.heading}\n\n${text}`
  if (text.trim() === '') throw new InputError(source, 'the HTML page holds no readable text')
  const fromText = extractTextMetadata(text)
  return {
    text,
    title: metadata.title ?? fromText.title,
    issuer: metadata.issuer ?? fromText.issuer,
    published: metadata.published ?? fromText.published ?? options.published ?? null,
    url: metadata.url,
    source,
  }
}
