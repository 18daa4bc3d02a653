import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import { after, before, describe, test } from 'node:test'
import { isFeed, parseFeed, readUrl } from './feeds.ts'
import type { ReadItem } from './read.ts'
import { pressOffice, serve } from '../../test/corpus/press-office.ts'

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('feeds', () => {
  let base: string
  let server: Server
  before(async () => ({ base, server } = await serve(pressOffice())))
  after(() => server.close())

  test('parseFeed reads RSS items and Atom entries with links resolved and dates as the feed gives them', () => {
    const rss = parseFeed(pressOffice()['/rss.xml'][1], 'https://water.example/rss.xml')
    assert.deepEqual(
      rss.map((i) => [i.title, i.link, i.published, i.full]),
      [
        ['Dam inspection finds no damage', 'https://water.example/releases/dam.html', '2024-09-10', false],
        ['Minister opens water plant', 'https://water.example/releases/plant.html', '2024-09-09', true],
        ['Old notice', 'https://water.example/releases/old.html', '2024-02-02', false],
      ],
    )
    const atom = parseFeed(pressOffice()['/atom.xml'][1], 'https://harbour.example/atom.xml')
    assert.deepEqual(atom.map((i) => [i.title, i.link, i.published]), [['Harbour reopens after storm', 'https://harbour.example/news/harbour.html', '2024-09-12']])
    assert.ok(isFeed('text/xml', pressOffice()['/atom.xml'][1]))
    assert.ok(!isFeed('text/html', '<html><body>rss</body></html>'))
  })

  test('readUrl gives one document per item since the date, from the full content or the linked page', async () => {
    const items = await collect(readUrl(`${base}/rss.xml`, { allowPrivateNetwork: true, since: '2024-09-01' }))
    assert.deepEqual(
      items.map((i) => [i.source.replace(base, ''), i.doc?.title, i.doc?.published]),
      [
        ['/releases/dam.html', 'Dam inspection finds no damage', '2024-09-10'],
        ['/releases/plant.html', 'Minister opens water plant', '2024-09-09'],
      ],
    )
    assert.match(items[0].doc!.text, /Engineers from the Ministry of Water inspected the northern dam/)
    assert.match(items[1].doc!.text, /supply 40,000 households/)
    assert.equal(items[0].doc!.url, `${base}/releases/dam.html`)
  })

  test('an item whose page cannot be fetched becomes an error item and the feed goes on', async () => {
    const items = await collect(readUrl(`${base}/rss.xml`, { allowPrivateNetwork: true }))
    assert.deepEqual(items.map((i) => (i.error ? `error: ${i.error.message.replace(base, '')}` : 'ok')), ['ok', 'ok', 'error: /releases/old.html: the server answered HTTP 404'])
  })

  test('a page URL is one document, and loopback is refused without --allow-private-network', async () => {
    const [page] = await collect(readUrl(`${base}/news/harbour.html`, { allowPrivateNetwork: true }))
    assert.equal(page.doc?.title, 'Harbour reopens after storm')
    const [refused] = await collect(readUrl(`${base}/rss.xml`))
    assert.match(refused.error!.message, /refused to connect to 127\.0\.0\.1 \(loopback address\); pass --allow-private-network/)
  })
})
