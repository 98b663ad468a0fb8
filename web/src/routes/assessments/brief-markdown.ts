import { Marked } from 'marked';

const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

// Raw HTML in a brief is shown as text and only plain web links are kept (as the careers posting does).
const markdown = new Marked({ gfm: true, breaks: false });
markdown.use({
  renderer: {
    html: ({ text }) => escapeHtml(text),
    link: ({ href, text }) =>
      /^(https?:|mailto:)/i.test(href)
        ? `<a href="${escapeHtml(href)}" rel="nofollow noopener" target="_blank">${escapeHtml(text)}</a>`
        : escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
    // The page around the brief has its own title (the one h1): the brief's headings sit one level below it.
    heading({ tokens, depth }) {
      const level = Math.min(depth + 1, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export const renderBrief = (text: string): string => markdown.parse(text, { async: false });
