import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type Candidate, fileUrl } from '../../../api/candidates';
import { EmptyState } from '../../../components/empty-state';
import { RelativeTime } from '../../../components/relative-time';

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${sizeFormat.format(Math.max(1, bytes / 1024))} KB`;
  return `${sizeFormat.format(bytes / 1024 / 1024)} MB`;
}

/** The stored files, newest first, each one downloadable; the newest PDF is shown in the page. */
export function ResumeTab({ candidate, canEdit }: { candidate: Candidate; canEdit: boolean }) {
  if (candidate.files.length === 0) {
    return (
      <EmptyState
        icon={<IconFileText aria-hidden />}
        title="No résumé on file"
        description="Résumés arrive with careers page applications, or when someone uploads one. To add a résumé for this person, upload it as a new candidate: Hirebench spots that it is the same person and offers to merge the two."
      >
        {canEdit && (
          <Button
            renderRoot={(props) => <Link {...props} to="/candidates/new" search={{ mode: 'resume' }} />}
            variant="default"
          >
            Upload a résumé
          </Button>
        )}
      </EmptyState>
    );
  }
  const newestPdf = candidate.files.find((file) => file.contentType === 'application/pdf');
  return (
    <Stack gap="sm">
      {newestPdf && (
        <iframe
          title={`Résumé preview: ${newestPdf.filename}`}
          src={`${fileUrl(newestPdf.id)}?inline=true`}
          style={{
            width: '100%',
            height: '70vh',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 8,
          }}
        />
      )}
      {candidate.files.map((file) => (
        <Paper key={file.id} withBorder radius="md" p="md">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <IconFileText size={24} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
              <div style={{ minWidth: 0 }}>
                <Anchor href={fileUrl(file.id)} fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {file.filename}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatSize(file.sizeBytes)} · added <RelativeTime value={file.createdAt} />
                </Text>
              </div>
            </Group>
            <Button
              component="a"
              href={fileUrl(file.id)}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={16} aria-hidden />}
              aria-label={`Download ${file.filename}`}
            >
              Download
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
