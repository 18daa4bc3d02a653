import { dateFromMetadata } from './dates.ts'
import { isOrganizationName } from './organization-name.ts'

export interface HtmlMetadata {
  title: string | null
  published: string | null
  issuer: string | null
  url: string | null
  /** the page's first <h1>, as shown to readers */
  heading: string | null
}

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'pressrelease', 'blogposting', 'report', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'backgroundnewsarticle', 'socialmediaposting', 'scholarlyarticle', 'techarticle',
])
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date',
]

type JsonObject = Record<string, unknown>

const squash = (text: string | null | undefined): string | null => {
  const tidy = (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
  return tidy === '' ? null : tidy
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase())
}

function nameOf(value: unknown): { name: string; organization: boolean } | null {
  if (typeof value === 'string') return squash(value) ? { name: squash(value)!, organization: false } : null
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0]) : null
  if (value && typeof value === 'object') {
    const node = value as JsonObject
    const name = typeof node.name === 'string' ? squash(node.name) : null
    if (!name) return null
    return { name, organization: typesOf(node).some((t) => t !== 'person') && typesOf(node).length > 0 }
  }
  return null
}

/** Every object found in the page's JSON-LD blocks, including those inside arrays and @graph. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = []
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    while (queue.length > 0 && objects.length < 200) {
      const item = queue.shift()
      if (Array.isArray(item)) queue.push(...item)
      else if (item && typeof item === 'object') {
        objects.push(item as JsonObject)
        const graph = (item as JsonObject)['@graph']
        if (Array.isArray(graph)) queue.push(...graph)
      }
    }
  }
  return objects
}

function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>()
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase()
    const content = squash(meta.getAttribute('content'))
    if (key && content && !tags.has(key)) tags.set(key, content)
  }
  return tags
}

function titleWithoutSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const stripped = title.replace(new RegExp(`\\s*[|–—:·-]\\s*${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^\\s*${escaped}\\s*[|–—:·-]\\s*`, 'i'), '')
  return stripped || title
}

/**
 * Reads a page's metadata before its boilerplate is removed: title (JSON-LD headline, og:title,
 * <h1>, <title>), publication date (JSON-LD datePublished, article:published_time and similar meta
 * tags, <time datetime>), issuer (JSON-LD publisher, an organisation as JSON-LD author, og:site_name,
 * an organisation as meta author) and canonical URL.
 */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaTags(document)
  const ld = jsonLdObjects(document)
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t))) ?? ld.find((o) => typesOf(o).includes('webpage')) ?? null
  const heading = squash(document.querySelector('h1')?.textContent)
  const siteName = meta.get('og:site_name') ?? null

  const ldTitle = article ? squash(typeof article.headline === 'string' ? article.headline : typeof article.name === 'string' ? article.name : null) : null
  const title = ldTitle ?? meta.get('og:title') ?? meta.get('twitter:title') ?? heading ?? titleWithoutSiteName(squash(document.querySelector('title')?.textContent), siteName)

  const timeElement = document.querySelector('article time[datetime], main time[datetime], time[datetime]')
  const published = dateFromMetadata(typeof article?.datePublished === 'string' ? article.datePublished : null)
    ?? DATE_KEYS.map((key) => dateFromMetadata(meta.get(key))).find((date) => date !== null)
    ?? dateFromMetadata(timeElement?.getAttribute('datetime'))
    ?? null

  const publisher = nameOf(article?.publisher)
  const author = nameOf(article?.author)
  const metaAuthor = meta.get('author') ?? null
  const issuer = publisher?.name
    ?? (author && (author.organization || isOrganizationName(author.name)) ? author.name : null)
    ?? siteName
    ?? (metaAuthor && isOrganizationName(metaAuthor) ? metaAuthor : null)

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const url = squash(canonical) ?? meta.get('og:url') ?? (typeof article?.url === 'string' ? squash(article.url) : null)
  return { title, published, issuer, url, heading }
}
