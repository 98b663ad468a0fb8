import { ActionIcon, Button, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

type CopyLinkButtonProps = {
  value: string;
  /** Names the link for screen readers and tests, e.g. "Copy XML job feed URL". */
  label: string;
  /** A full button with this text instead of an icon. */
  text?: string;
};

export function CopyLinkButton({ value, label, text }: CopyLinkButtonProps) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) =>
        text ? (
          <Button
            variant="default"
            onClick={copy}
            leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          >
            {copied ? 'Copied' : text}
          </Button>
        ) : (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={label}>
              {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )
      }
    </CopyButton>
  );
}
