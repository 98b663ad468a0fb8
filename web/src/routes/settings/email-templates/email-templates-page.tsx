import { Button, Grid, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { emailTemplatesQuery } from '../../../api/email-templates';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useSession } from '../../../layouts/session-context';
import { TemplateEditor } from './template-editor';
import { TemplateList } from './template-list';

/** The key of the template being edited, or `new` for one not saved yet. */
type Selection = string | 'new';

export function EmailTemplatesPage() {
  const templates = useQuery(emailTemplatesQuery);
  const role = useSession().user.role;
  const canEdit = role === 'admin' || role === 'recruiter';
  const [selected, setSelected] = useState<Selection | null>(null);

  const items = templates.data?.items ?? [];
  const current = selected === 'new' ? null : (items.find((item) => item.key === selected) ?? items[0]);

  return (
    <>
      <PageHeader
        title="E-mail templates"
        description="The e-mails candidates get from you: when they apply, when they move to the next step, and when the answer is no. Words in {{double braces}} are filled in for each candidate."
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setSelected('new')}>
              New template
            </Button>
          )
        }
      />
      {!canEdit && (
        <Text size="sm" c="dimmed" mb="lg">
          Only admins and recruiters can change these. Ask one of them if a message needs different words.
        </Text>
      )}
      {templates.isPending && <LoadingState label="Loading the templates" />}
      {templates.isError && <ErrorState error={templates.error} onRetry={() => templates.refetch()} />}
      {templates.data && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TemplateList
              templates={items}
              selectedKey={selected === 'new' ? null : (current?.key ?? null)}
              onSelect={setSelected}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {(current || selected === 'new') && (
              <TemplateEditor
                // A fresh form per template, and again after each save or reset.
                key={current ? `${current.key}:${current.subject}:${current.body}:${current.name}` : 'new'}
                template={current ?? null}
                existingKeys={items.map((item) => item.key)}
                variables={templates.data.variables}
                canEdit={canEdit}
                onSaved={setSelected}
                onCancelNew={() => setSelected(null)}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
