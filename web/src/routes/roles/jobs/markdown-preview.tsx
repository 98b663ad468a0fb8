import { Typography } from '@mantine/core';
import { Lexer, type Token, type Tokens } from 'marked';
import { Children, type ReactNode, useMemo } from 'react';

/**
 * A preview drawn while typing. It turns Markdown tokens into React elements, so nothing typed is ever
 * injected as HTML (raw HTML shows as text); the saved posting is rendered and sanitised by the server.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const blocks = useMemo(() => Lexer.lex(markdown, { gfm: true }), [markdown]);
  return <Typography>{renderBlocks(blocks)}</Typography>;
}

function renderBlocks(tokens: Token[]): ReactNode {
  // The tokens are a static document in order, so their position is their identity.
  return Children.toArray(tokens.map(renderBlock));
}

function renderBlock(token: Token): ReactNode {
  switch (token.type) {
    case 'heading': {
      const Heading = `h${Math.min(Math.max(token.depth, 2), 4)}` as 'h2' | 'h3' | 'h4';
      return <Heading>{renderInline(token.tokens ?? [])}</Heading>;
    }
    case 'paragraph':
      return <p>{renderInline(token.tokens ?? [])}</p>;
    case 'list': {
      const list = token as Tokens.List;
      const items = Children.toArray(list.items.map(renderListItem));
      return list.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'blockquote':
      return <blockquote>{renderBlocks(token.tokens ?? [])}</blockquote>;
    case 'code':
      return (
        <pre>
          <code>{token.text}</code>
        </pre>
      );
    case 'hr':
      return <hr />;
    case 'space':
      return null;
    default: {
      // Tables, raw HTML and anything newer: shown as their text, never as markup.
      const other = token as Tokens.Generic;
      return <p>{other.tokens ? renderInline(other.tokens) : (other.text ?? other.raw)}</p>;
    }
  }
}

/** Tight list items hold text tokens; loose ones hold paragraphs. */
function renderListItem(item: Tokens.ListItem): ReactNode {
  const content = item.tokens.map((token) =>
    token.type === 'text' ? renderInline(token.tokens ?? [token]) : renderBlock(token),
  );
  return <li>{Children.toArray(content)}</li>;
}

function renderInline(tokens: Token[]): ReactNode {
  return Children.toArray(tokens.map(renderInlineToken));
}

const safeHref = (href: string) => /^(https?:|mailto:)/i.test(href);

function renderInlineToken(token: Token): ReactNode {
  switch (token.type) {
    case 'strong':
      return <strong>{renderInline(token.tokens ?? [])}</strong>;
    case 'em':
      return <em>{renderInline(token.tokens ?? [])}</em>;
    case 'del':
      return <del>{renderInline(token.tokens ?? [])}</del>;
    case 'codespan':
      return <code>{token.text}</code>;
    case 'br':
      return <br />;
    case 'link':
      return safeHref(token.href) ? (
        <a href={token.href} target="_blank" rel="noreferrer noopener">
          {renderInline(token.tokens ?? [])}
        </a>
      ) : (
        renderInline(token.tokens ?? [])
      );
    case 'text':
      return token.tokens ? renderInline(token.tokens) : token.text;
    default:
      return (token as Tokens.Generic).text ?? token.raw;
  }
}
