import { Accordion, Badge, Button, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type BankEntry, questionBankQuery, setQuestionRetired } from '../../../api/interviews';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useSession } from '../../../layouts/session-context';
import { QuestionForm } from './question-form';
import { attributeLabels, themeLabels } from './question-labels';

/** Shipped questions (retire them) and the organisation's own (add, edit, retire); kits suggest the rest. */
export function QuestionBankPage() {
  const canEdit = useSession().user.role !== 'interviewer';
  const [theme, setTheme] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const bank = useQuery(questionBankQuery({ ...(theme ? { theme } : {}), ...(q ? { q } : {}) }));
  const [editing, setEditing] = useState<BankEntry | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title="Question bank"
        description="The questions interview kits suggest, each with what a strong and a weak answer sound like. Retire the ones you do not want suggested, and add your own."
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              Add a question
            </Button>
          )
        }
      />
      <Group mb="md" gap="sm" align="flex-end">
        <Select
          label="Theme"
          placeholder="All themes"
          data={Object.entries(themeLabels).map(([value, label]) => ({ value, label }))}
          value={theme}
          onChange={setTheme}
          clearable
          w={240}
        />
        <TextInput
          label="Search"
          placeholder="Words in the question"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: 1, maxWidth: 420 }}
        />
      </Group>
      {bank.isPending && <LoadingState label="Loading the question bank" />}
      {bank.isError && <ErrorState error={bank.error} onRetry={() => bank.refetch()} />}
      {bank.data && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {bank.data.length} questions
          </Text>
          <Accordion variant="separated">
            {bank.data.map((entry) => (
              <BankItem key={entry.id} entry={entry} canEdit={canEdit} onEdit={() => setEditing(entry)} />
            ))}
          </Accordion>
        </Stack>
      )}
      {editing && (
        <QuestionForm entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function BankItem({ entry, canEdit, onEdit }: { entry: BankEntry; canEdit: boolean; onEdit: () => void }) {
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => setQuestionRetired(entry.id, !entry.retired),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['question-bank'] }),
  });
  return (
    <Accordion.Item value={entry.id} opacity={entry.retired ? 0.6 : 1}>
      <Accordion.Control>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" fw={500}>
            {entry.text}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge variant="light" color="gray" tt="none">
              {themeLabels[entry.theme] ?? entry.theme}
            </Badge>
            {entry.source === 'own' && <Badge variant="light">Yours</Badge>}
            {entry.retired && (
              <Badge variant="light" color="orange">
                Retired
              </Badge>
            )}
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          <Text size="sm">
            <Text span fw={600} c="teal.8">
              Strong:{' '}
            </Text>
            {entry.strongAnswer}
          </Text>
          <Text size="sm">
            <Text span fw={600} c="red.8">
              Weak:{' '}
            </Text>
            {entry.weakAnswer}
          </Text>
          <List size="sm" spacing={2}>
            {entry.followUps.map((followUp) => (
              <List.Item key={followUp}>{followUp}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            For {entry.seniority.join(', ')} · probes{' '}
            {entry.attributes.map((id) => attributeLabels[id]?.toLowerCase() ?? id).join(', ')}
          </Text>
          {canEdit && (
            <Group gap="xs">
              {entry.source === 'own' && (
                <Button size="xs" variant="default" onClick={onEdit}>
                  Edit
                </Button>
              )}
              <Button size="xs" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
                {entry.retired ? 'Use it again' : 'Retire'}
              </Button>
            </Group>
          )}
          <FormError error={toggle.error} />
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
