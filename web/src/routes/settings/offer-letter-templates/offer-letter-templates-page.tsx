import { Alert, Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type LetterTemplateEntry, letterTemplatesQuery } from '../../../api/offer-letter-templates';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { offerEngagementLabels } from '../../../domain/offer-letter-domain';
import { useSession } from '../../../layouts/session-context';
import { formatDate } from '../../../lib/format';
import { LetterTemplateEditor } from './letter-template-editor';

const route = getRouteApi('/app/settings/offer-letter-templates');

export function OfferLetterTemplatesPage() {
  const { key } = route.useSearch();
  const navigate = useNavigate();
  const templates = useQuery(letterTemplatesQuery);
  const role = useSession().user.role;
  const canEdit = role === 'admin' || role === 'recruiter';
  const open = (next?: string) =>
    void navigate({ to: '/settings/offer-letter-templates', search: next ? { key: next } : {} });
  const current = key && key !== 'new' ? templates.data?.find((item) => item.key === key) : undefined;

  return (
    <>
      {key && (
        <Anchor
          renderRoot={(props) => <Link {...props} to="/settings/offer-letter-templates" search={{}} />}
          size="sm"
          c="dimmed"
          display="inline-block"
          mb="xs"
        >
          ← All letter templates
        </Anchor>
      )}
      <PageHeader
        title="Offer letter templates"
        description="The letter a candidate reads with their offer, one per kind of offer. Words in {{double braces}} are filled in from each offer; the preview shows the result as you type."
        actions={
          canEdit &&
          !key && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open('new')}>
              New template
            </Button>
          )
        }
      />
      {!canEdit && (
        <Text size="sm" c="dimmed" mb="lg">
          Only admins and recruiters can change these. Ask one of them if a letter needs different words.
        </Text>
      )}
      {templates.isPending && <LoadingState label="Loading the letter templates" />}
      {templates.isError && <ErrorState error={templates.error} onRetry={() => templates.refetch()} />}
      {templates.data &&
        (key ? (
          key === 'new' || current ? (
            <LetterTemplateEditor
              // A fresh form per template, and again after each save or reset.
              key={current ? `${current.key}:${current.updatedAt}:${current.body}` : 'new'}
              template={current ?? null}
              existingKeys={templates.data.map((item) => item.key)}
              canEdit={canEdit}
              onSaved={open}
              onGone={() => open()}
            />
          ) : (
            <Alert color="yellow" variant="light" title="There is no letter template with that key">
              It may have been deleted. Go back to the list to choose another one.
            </Alert>
          )
        ) : (
          <TemplateTable templates={templates.data} />
        ))}
    </>
  );
}

function TemplateTable({ templates }: { templates: LetterTemplateEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="sm" aria-label="Offer letter templates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Template</Table.Th>
            <Table.Th>For</Table.Th>
            <Table.Th>Text</Table.Th>
            <Table.Th>Last changed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((template) => (
            <Table.Tr key={template.key}>
              <Table.Td>
                <Anchor
                  fw={600}
                  size="sm"
                  renderRoot={(props) => (
                    <Link {...props} to="/settings/offer-letter-templates" search={{ key: template.key }} />
                  )}
                >
                  {template.name}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {template.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{offerEngagementLabels[template.engagement]} offers</Text>
              </Table.Td>
              <Table.Td>
                {template.shipped ? (
                  <Badge variant="light" color={template.customised ? 'indigo' : 'gray'} tt="none">
                    {template.customised ? 'Edited by your team' : 'As shipped'}
                  </Badge>
                ) : (
                  <Badge variant="light" color="teal" tt="none">
                    Your own
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {template.updatedAt ? formatDate(template.updatedAt) : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
