import mammoth from 'mammoth';

/**
 * Word (DOCX) → text lines. mammoth's HTML keeps what raw text loses: a table row of short cells
 * (company | title | dates) becomes one tab-separated line, list items keep a bullet, and a hyperlink
 * whose text is just "GitHub" keeps its address.
 */

export async function docxText(content: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: content },
    {
      // Images are not needed, and embedding them as data URIs would only cost memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    },
  );
  return htmlToText(result.value);
}

type Element = { tag: string; attributes: string; children: Node[] };
type Node = Element | string;

const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'table',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
]);
const voidTags = new Set(['br', 'img', 'hr']);

/** mammoth's HTML (well-formed, a small set of tags) as text lines. */
export function htmlToText(html: string): string {
  return blockLines(parseHtml(html)).join('\n');
}

function parseHtml(html: string): Element {
  const root: Element = { tag: 'root', attributes: '', children: [] };
  const stack: Element[] = [root];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const parent = stack[stack.length - 1]!;
    if (match[4] !== undefined) {
      parent.children.push(decodeEntities(match[4]));
      continue;
    }
    const tag = match[2]!.toLowerCase();
    if (match[1]) {
      const open = stack.findLastIndex((element) => element.tag === tag);
      if (open > 0) stack.length = open;
      continue;
    }
    const element: Element = { tag, attributes: match[3] ?? '', children: [] };
    parent.children.push(element);
    if (!voidTags.has(tag) && !match[3]?.endsWith('/')) stack.push(element);
  }
  return root;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? '';
  });
}

function blockLines(element: Element): string[] {
  switch (element.tag) {
    case 'table':
      return tableLines(element);
    case 'ul':
    case 'ol':
      return element.children.flatMap((child) => (typeof child === 'string' ? [] : blockLines(child)));
    case 'li': {
      const [first = '', ...rest] = inlineLines(element);
      const nested = childBlocks(element).flatMap(blockLines);
      return [`• ${first}`, ...rest, ...nested];
    }
    default:
      if (element.tag === 'root' || !isInlineContainer(element)) {
        return element.children.flatMap((child) =>
          typeof child === 'string' ? lines(child) : blockLines(child),
        );
      }
      return inlineLines(element);
  }
}

function isInlineContainer(element: Element): boolean {
  return (
    element.tag !== 'root' && !element.children.some((child) => typeof child !== 'string' && isBlock(child))
  );
}

function isBlock(element: Element): boolean {
  return blockTags.has(element.tag) && element.tag !== 'li';
}

function childBlocks(element: Element): Element[] {
  return element.children.filter((child): child is Element => typeof child !== 'string' && isBlock(child));
}

/** The text of an element's inline content, split where it has line breaks. */
function inlineLines(element: Element): string[] {
  return lines(element.children.map(inlineText).join(''));
}

function inlineText(node: Node): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  if (isBlock(node)) return '';
  const text = node.children.map(inlineText).join('');
  if (node.tag === 'a') return withHref(text, node.attributes);
  return text;
}

/** "GitHub" linked to https://github.com/jane → "GitHub <https://github.com/jane>", so the link survives. */
function withHref(text: string, attributes: string): string {
  const href = /href="([^"]*)"/i.exec(attributes)?.[1];
  if (!href) return text;
  const address = decodeEntities(href).replace(/^mailto:/i, '');
  if (!/^(?:https?:\/\/|[^@\s]+@)/i.test(address)) return text;
  const bare = address.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
  return text.toLowerCase().includes(bare.toLowerCase()) ? text : `${text} <${address}>`;
}

/** A row of one-line cells is one tab-separated line; a layout table's big cells are read cell by cell. */
function tableLines(table: Element): string[] {
  const rows = descendants(table, 'tr');
  const result: string[] = [];
  for (const row of rows) {
    const cells = row.children
      .filter(
        (child): child is Element => typeof child !== 'string' && (child.tag === 'td' || child.tag === 'th'),
      )
      .map((cell) => blockLines(cell).filter((line) => line !== ''));
    if (cells.every((cellLines) => cellLines.length <= 1)) {
      const line = cells
        .map((cellLines) => cellLines[0] ?? '')
        .filter((text) => text !== '')
        .join('\t');
      if (line !== '') result.push(line);
    } else {
      for (const cellLines of cells) if (cellLines.length > 0) result.push(...cellLines, '');
    }
  }
  return result;
}

function descendants(element: Element, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.tag === tag) found.push(child);
    else if (child.tag !== 'table') found.push(...descendants(child, tag));
  }
  return found;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
