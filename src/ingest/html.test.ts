import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHtml } from './html.ts'
import { InputError } from './input-error.ts'

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
  <title>Troops return home | Ministry of National Defence</title>
  <meta property="og:site_name" content="Ministry of National Defence">
  <meta property="article:published_time" content="2021-05-05T09:00:00+02:00">
  <link rel="canonical" href="https://mod.example/news/troops-return">
  <script>var tracker = "SCRIPT PAYLOAD";</script>
  <style>body { color: red } /* STYLE RULES */</style>
</head>
<body onload="init()">
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav></header>
  <div id="cookie-notice"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
  <main><article>
    <h1>Troops return home</h1>
    <p>WARSAW, 5 May 2021 &mdash; More than 1,200 troops returned on Tuesday from the exercise, the ministry said. The soldiers had spent nine days in the field, and their equipment will follow by rail.</p>
    <p>&ldquo;They have done excellent work,&rdquo; said General Anna Nowak&nbsp;&amp; her staff.<br>The families were waiting at the station.</p>
    <ul><li>Infantry: 800</li><li>Engineers: 400</li></ul>
    <div class="share-buttons"><a href="#">Share on X</a></div>
  </article></main>
  <aside class="related"><h2>Related news</h2><p>Another story</p></aside>
  <footer><p>Copyright 2021 Ministry of National Defence. All rights reserved.</p></footer>
  <script>document.write("LATE SCRIPT")</script>
</body></html>`

test('the article text comes without navigation, scripts, banners or footers, one blank line between paragraphs', () => {
  const doc = parseHtml(PAGE, 'troops.html')
  assert.equal(doc.text, [
    'Troops return home',
    'WARSAW, 5 May 2021 — More than 1,200 troops returned on Tuesday from the exercise, the ministry said. The soldiers had spent nine days in the field, and their equipment will follow by rail.',
    '“They have done excellent work,” said General Anna Nowak & her staff.\nThe families were waiting at the station.',
    'Infantry: 800',
    'Engineers: 400',
  ].join('\n\n'))
})

test('title, date, issuer and URL come from the page metadata', () => {
  const { text: _text, ...metadata } = parseHtml(PAGE, 'troops.html')
  assert.deepEqual(metadata, {
    title: 'Troops return home',
    issuer: 'Ministry of National Defence',
    published: '2021-05-05',
    url: 'https://mod.example/news/troops-return',
    source: 'troops.html',
  })
})

test('JSON-LD gives headline, date and publisher, also inside @graph', () => {
  const html = `<html><head>
    <script type="application/ld+json">{ not json }</script>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":["NewsArticle"],"headline":"Party rejects pledge","datePublished":"2025-06-26T09:30:00+02:00",
       "author":[{"@type":"Person","name":"Jan Jansen"}],"publisher":{"@type":"Organization","name":"Peace and Social Justice Party"}}]}</script>
    </head><body><article><p>The party rejected the pledge on Thursday and called for a vote in parliament before any contract is signed.</p></article></body></html>`
  const doc = parseHtml(html, 'pledge.html')
  assert.equal(doc.title, 'Party rejects pledge')
  assert.equal(doc.published, '2025-06-26')
  assert.equal(doc.issuer, 'Peace and Social Justice Party')
})

test('without metadata: <time datetime>, <title> without the site name, a meta author only when it is an organisation', () => {
  const html = `<html><head><title>Strike enters third day – Federation of Trade Unions</title>
    <meta name="author" content="Jane Doe"></head>
    <body><p>Posted <time datetime="2025-04-30T08:00">Wednesday</time></p><p>More than 14,000 teachers stayed away from classrooms.</p></body></html>`
  const doc = parseHtml(html, 'strike.html')
  assert.equal(doc.title, 'Strike enters third day – Federation of Trade Unions')
  assert.equal(doc.published, '2025-04-30')
  assert.equal(doc.issuer, null)
  const withSite = parseHtml(html.replace('<meta name="author" content="Jane Doe">', '<meta property="og:site_name" content="Federation of Trade Unions">'), 'strike.html')
  assert.equal(withSite.title, 'Strike enters third day')
  assert.equal(withSite.issuer, 'Federation of Trade Unions')
  const byOrganisation = parseHtml(html.replace('Jane Doe', 'Federation of Trade Unions'), 'strike.html')
  assert.equal(byOrganisation.issuer, 'Federation of Trade Unions')
})

test('the text itself is read when the page has no metadata, then the fallback date', () => {
  const html = '<p>Troops return home</p><p>WARSAW, 5 May 2021 — More than 1,200 troops returned on Tuesday.</p><p>Issued by the Press Office of the Ministry of National Defence</p>'
  const doc = parseHtml(html, 'fragment.html', { published: '2020-01-01' })
  assert.equal(doc.published, '2021-05-05')
  assert.equal(doc.issuer, 'Press Office of the Ministry of National Defence')
  assert.equal(parseHtml('<p>No date in this text at all.</p>', 'x.html', { published: '2020-01-01' }).published, '2020-01-01')
})

test('hostile HTML: scripts, event handlers and hidden content never become text', () => {
  const html = `<html><body><article>
    <p>Visible text.<script>alert("SCRIPT-1")</script></p>
    <p onclick="alert('HANDLER-1')" onmouseover="steal()">Second paragraph <img src=x onerror="alert('HANDLER-2')"> ends.</p>
    <a href="javascript:alert('LINK')">a link</a>
    <noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>
    <iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe><svg><script>alert("SVG-SCRIPT")</script><text>SVG-TEXT</text></svg>
    <div hidden>HIDDEN-TEXT</div><div style="display: none">NONE-TEXT</div><div aria-hidden="true">ARIA-TEXT</div>
    <p>Escaped markup stays text: &lt;script&gt;alert(1)&lt;/script&gt;</p>
    <SCRIPT type="module">alert("UPPER-SCRIPT")</SCRIPT><style>p::before { content: "STYLE-TEXT" }</style>
  </article></body></html>`
  const { text } = parseHtml(html, 'hostile.html')
  for (const leaked of ['SCRIPT-1', 'HANDLER', 'steal', 'LINK', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'HIDDEN', 'NONE-TEXT', 'ARIA', 'UPPER-SCRIPT', 'STYLE-TEXT']) {
    assert.ok(!text.includes(leaked), `${leaked} leaked into: ${text}`)
  }
  assert.match(text, /Visible text\./)
  assert.match(text, /Second paragraph ends\./)
  assert.match(text, /Escaped markup stays text: <script>alert\(1\)<\/script>/)
})

test('100,000 nested elements are refused quickly with a clear error, without crashing', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`
  const started = performance.now()
  assert.throws(() => parseHtml(html, 'deep.html'), (error: unknown) => {
    assert.ok(error instanceof InputError)
    assert.equal(error.source, 'deep.html')
    assert.match(error.message, /^deep\.html: HTML elements are nested more than 256 levels deep/)
    return true
  })
  assert.ok(performance.now() - started < 2000, 'the depth check reads the markup without building a DOM')
})

test('a page wrapped in one form, or in a wrapper with a misleading class, keeps its article', () => {
  const html = `<html><body><form id="aspnetForm" action="/page.aspx"><div class="promo-layout"><nav>Menu</nav><main>
    <h1>Minister opens new bridge</h1><p>The bridge over the river was opened on Friday after three years of work.</p>
    </main></div><div class="newsletter-signup"><p>Sign up for our newsletter</p><input name="email"></div></form></body></html>`
  assert.equal(parseHtml(html, 'aspnet.html').text, 'Minister opens new bridge\n\nThe bridge over the river was opened on Friday after three years of work.')
})

test('a page without any readable text is an error', () => {
  assert.throws(() => parseHtml('<html><head><title>t</title></head><body><script>x()</script><nav>Menu</nav></body></html>', 'empty.html'), {
    message: 'empty.html: the HTML page holds no readable text',
  })
})
