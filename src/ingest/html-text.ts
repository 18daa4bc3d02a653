// Elements whose content is never document text.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'button', 'select',
  'textarea', 'input', 'head', 'title', 'meta', 'link', 'audio', 'video', 'picture', 'img', 'map',
])
// Elements that start and end a paragraph of their own.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'body', 'html', 'menu',
])
const CELLS = new Set(['td', 'th'])

const ELEMENT = 1
const TEXT = 3
const CDATA = 4

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '')
}

/**
 * The readable text under a DOM node: one paragraph per block element (paragraphs, headings, list
 * items, table rows…), joined by blank lines; <br> starts a new line; runs of spaces collapse, except
 * inside <pre>. Scripts, styles, forms, media and hidden elements give no text. Walks without
 * recursion, so deep trees cannot overflow the stack.
 *
 * @example
 * collectText(parse('<p>One &amp; two</p><p>Three<br>four</p>').body) // 'One & two\n\nThree\nfour'
 */
export function collectText(root: Node): string {
  const paragraphs: string[] = []
  let current = ''
  let pre = 0
  const flush = () => {
    const paragraph = current.split('\n').map((line) => line.trim()).filter(Boolean).join('\n')
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const append = (text: string) => {
    if (pre > 0) {
      current += text
      return
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ')
    // Spaces on both sides of a removed element ("text <img> text") make one space.
    current += collapsed.startsWith(' ') && (current === '' || /[ \n]$/.test(current)) ? collapsed.slice(1) : collapsed
  }
  // Each entry is a node to enter, or (leave = true) an element whose children are done.
  const stack: Array<{ node: Node; leave: boolean }> = [{ node: root, leave: false }]
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      append(node.nodeValue ?? '')
      continue
    }
    if (node.nodeType !== ELEMENT && node !== root) continue
    const name = node.nodeType === ELEMENT ? (node as Element).localName.toLowerCase() : ''
    if (leave) {
      if (name === 'pre') pre--
      if (BLOCKS.has(name)) flush()
      else if (CELLS.has(name)) append(' ')
      continue
    }
    if (node.nodeType === ELEMENT && (SKIPPED.has(name) || isHidden(node as Element))) continue
    if (name === 'br') {
      current += '\n'
      continue
    }
    if (BLOCKS.has(name)) flush()
    if (name === 'pre') pre++
    stack.push({ node, leave: true })
    const children: Node[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], leave: false })
  }
  flush()
  return paragraphs.join('\n\n')
}
