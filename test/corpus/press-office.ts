// A local press office for the feed tests: an RSS feed, an Atom feed and the pages they link to.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A small press office: an RSS feed, an Atom feed, and the pages they link to. */
export function pressOffice(): Record<string, [string, string]> {
  return {
    '/rss.xml': [
      'application/rss+xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Ministry of Water press releases</title><link>/</link>
<item><title>Dam inspection finds no damage</title><link>/releases/dam.html</link><pubDate>Tue, 10 Sep 2024 08:00:00 +0200</pubDate>
<description>Inspectors checked the northern dam.</description></item>
<item><title>Minister opens water plant</title><link>/releases/plant.html</link><pubDate>Mon, 09 Sep 2024 16:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The Minister of Water opened a treatment plant in Lakeside on Monday. The plant will supply 40,000 households, the ministry said.</p><p>"Clean water is a right," the minister told reporters.</p>]]></content:encoded></item>
<item><title>Old notice</title><link>/releases/old.html</link><pubDate>Fri, 02 Feb 2024 09:00:00 GMT</pubDate><description>An older notice.</description></item>
</channel></rss>`,
    ],
    '/atom.xml': [
      'application/atom+xml',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Authority</title>
<entry><title>Harbour reopens after storm</title><link rel="alternate" href="/news/harbour.html"/><published>2024-09-12T23:30:00-04:00</published>
<summary>The harbour reopened.</summary></entry></feed>`,
    ],
    '/releases/dam.html': [
      'text/html; charset=utf-8',
      '<html><head><title>Dam inspection</title></head><body><article><h1>Dam inspection finds no damage</h1><p>Engineers from the Ministry of Water inspected the northern dam on Monday and found no damage after the floods, the ministry said in a statement.</p></article></body></html>',
    ],
    '/news/harbour.html': ['text/html', '<article><h1>Harbour reopens after storm</h1><p>The Harbour Authority reopened the port to shipping on Thursday after storm damage was repaired.</p></article>'],
  }
}

/** Serves pages on 127.0.0.1 and returns the base URL. */
export async function serve(pages: Record<string, [string, string]>): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => {
    const page = pages[req.url ?? '']
    if (!page) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': page[0] })
    res.end(page[1])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
