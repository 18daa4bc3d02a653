import { DOMParser } from 'linkedom'
import type { DocInput } from '../engine/types.ts'
import { dateFromMetadata } from './dates.ts'
import { decodeBytes } from './decode.ts'
import { parseHtml } from './html.ts'
import { InputError } from './input-error.ts'
import { parsePlainText } from './plain-text.ts'
import type { ReadItem } from './read.ts'
import { safeFetch, type SafeFetchOptions, type SafeFetchResponse } from './safe-fetch.ts'

/** One item of an RSS or Atom feed. */
export interface FeedItem {
  title: string | null
  /** the article's URL, resolved against the feed's */
  link: string | null
  /** YYYY-MM-DD as the feed dates the item, in the feed's own time zone */
  published: string | null
  /** the item's full content when the feed carries it (content:encoded, Atom content), else its summary */
  content: string | null
  /** whether `content` is the full article rather than a summary */
  full: boolean
}

export interface FeedReadOptions extends Pick<SafeFetchOptions, 'allowPrivateNetwork' | 'timeoutMs' | 'maxBytes'> {
  /** only items published on or after this day (YYYY-MM-DD); items without a date are left out then */
  since?: string
  /** reference date for documents that carry none */
  published?: string
}

const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/feed+json']
const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain']

/** True when a fetched body is an RSS, RDF or Atom feed rather than a page. */
export function isFeed(contentType: string, body: string): boolean {
  const head = body.slice(0, 2000).replace(/^\uFEFF/, '').trimStart()
  if (/^(?:<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*)?<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return true
  return /(?:rss|atom|rdf)\+xml/.test(contentType)
}

const child = (element: Element, ...names: string[]) => {
  for (const name of names) {
    const found = Array.from(element.children).find((c) => c.tagName.toLowerCase() === name.toLowerCase())
    if (found) return found
  }
  return null
}
const textOf = (element: Element | null) => {
  const text = element?.textContent?.trim()
  return text ? text : null
}

function resolveLink(href: string | null, base: string): string | null {
  if (!href) return null
  try {
    return new URL(href, base).href
  } catch {
    return null
  }
}

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed.
 *
 * @example
 * parseFeed('<rss><channel><item><title>A</title><link>/a</link></item></channel></rss>', 'https://example.org/feed')[0].link
 * // 'https://example.org/a'
 */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  const document = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as Document
  const entries = [...Array.from(document.getElementsByTagName('item')), ...Array.from(document.getElementsByTagName('entry'))]
  return entries.map((entry) => {
    const atomLink = Array.from(entry.children).find((c) => c.tagName === 'link' && c.getAttribute('href') && (c.getAttribute('rel') ?? 'alternate') === 'alternate')
    const link = resolveLink(atomLink?.getAttribute('href') ?? textOf(child(entry, 'link')) ?? textOf(child(entry, 'guid')), feedUrl)
    const fullContent = textOf(child(entry, 'content:encoded', 'content'))
    const summary = textOf(child(entry, 'description', 'summary'))
    const date = textOf(child(entry, 'pubDate', 'published', 'dc:date', 'updated'))
    return {
      title: textOf(child(entry, 'title')),
      link: link && /^https?:/.test(link) ? link : null,
      published: dateFromMetadata(date),
      content: fullContent ?? summary,
      full: fullContent !== null,
    }
  })
}

function decode(response: SafeFetchResponse, source: string): string {
  if (response.charset && !/^utf-?8$/i.test(response.charset)) {
    try {
      return new TextDecoder(response.charset).decode(response.body)
    } catch {
      // An unknown charset label: read the bytes as UTF-8, which reports what it cannot read.
    }
  }
  return decodeBytes(response.body, source)
}

function pageDocument(response: SafeFetchResponse, source: string, published?: string): DocInput {
  const text = decode(response, source)
  const doc = response.contentType === 'text/plain' ? parsePlainText(text, source, { published }) : parseHtml(text, source, { published })
  return { ...doc, url: doc.url ?? response.url, source }
}

/** The document of one feed item: its full content when the feed carries it, else the linked page. */
async function itemDocument(item: FeedItem, feedUrl: string, options: FeedReadOptions): Promise<DocInput> {
  const source = item.link ?? `${feedUrl}#${item.title ?? 'item'}`
  let doc: DocInput
  if (item.full && item.content) {
    doc = { ...parseHtml(item.content, source, { published: options.published }), url: item.link, source }
  } else if (item.link) {
    doc = pageDocument(await safeFetch(item.link, { ...options, accept: PAGE_TYPES }), source, options.published)
  } else if (item.content) {
    doc = { ...parseHtml(item.content, source, { published: options.published }), url: null, source }
  } else {
    throw new InputError(source, 'the feed item has neither content nor a link')
  }
  // The feed's date and title are the publisher's own; they win over what the page suggests.
  return { ...doc, title: item.title ?? doc.title ?? null, published: item.published ?? doc.published ?? null }
}

/**
 * Reads a URL as documents: a feed (RSS or Atom) gives one document per item, published on or
 * after `since`, from the item's full content or its linked page; any other page is one document.
 * Every fetch follows the safe-fetch rules. Failures become error items; the reading goes on.
 *
 * @example
 * for await (const item of readUrl('https://example.org/press/rss', { since: '2024-09-01' })) console.log(item.doc?.title)
 */
export async function* readUrl(url: string, options: FeedReadOptions = {}): AsyncGenerator<ReadItem> {
  let response: SafeFetchResponse
  let body: string
  try {
    response = await safeFetch(url, { ...options, accept: [...FEED_TYPES, ...PAGE_TYPES] })
    body = decode(response, url)
  } catch (error) {
    yield { source: url, error: error instanceof InputError ? error : new InputError(url, (error as Error).message.replace(`${url}: `, ''), { cause: error }) }
    return
  }
  if (!isFeed(response.contentType, body)) {
    try {
      yield { source: url, doc: pageDocument(response, url, options.published) }
    } catch (error) {
      yield { source: url, error: error instanceof InputError ? error : new InputError(url, (error as Error).message, { cause: error }) }
    }
    return
  }
  for (const item of parseFeed(body, response.url)) {
    if (options.since && (!item.published || item.published < options.since)) continue
    const source = item.link ?? url
    try {
      yield { source, doc: await itemDocument(item, response.url, options) }
    } catch (error) {
      const message = (error as Error).message
      yield { source, error: error instanceof InputError ? error : new InputError(source, message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message, { cause: error }) }
    }
  }
}
