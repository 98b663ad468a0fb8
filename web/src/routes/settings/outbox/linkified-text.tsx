import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';

// http(s) URLs, minus trailing punctuation that usually ends the sentence rather than the link.
const urlPattern = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Plain text with its web links made clickable, line breaks kept. */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(
      <Anchor key={start} href={match[0]}>
        {match[0]}
      </Anchor>,
    );
    last = start + match[0].length;
  }
  parts.push(text.slice(last));

  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {parts}
    </Text>
  );
}
