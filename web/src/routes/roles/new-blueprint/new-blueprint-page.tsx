import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconPencilPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { errorMessage } from '../../../api/client';
import { blueprintQuery, createBlueprint, type RoleTemplate, roleTemplatesQuery } from '../../../api/roles';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { Blueprint } from '../../../domain/hiring-domain';
import { useCanEditRoles } from '../can-edit-roles';
import { blankBlueprint } from './blank-blueprint';
import { TemplateCard } from './template-card';

type NewBlueprint = { blueprint: Blueprint; templateId?: string };

export function NewBlueprintPage() {
  const { template: templateFromLink } = useSearch({ from: '/app/roles/new' });
  const templates = useQuery(roleTemplatesQuery);
  const canEdit = useCanEditRoles();
  const create = useCreateBlueprint();
  const linkedTemplate = templates.data?.find((template) => template.id === templateFromLink);
  useCreateFromLink(canEdit ? linkedTemplate : undefined, create.mutate);

  const creatingId = create.isPending ? (create.variables.templateId ?? 'blank') : null;
  return (
    <>
      <PageHeader
        title="New blueprint"
        description="Start from a role that is already shaped the way good hiring guides recommend, then make it yours. You can change everything."
      />
      {!canEdit && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} mb="lg">
          Only admins, recruiters and hiring managers can create blueprints. You can still read the existing
          ones under{' '}
          <Text component={Link} to="/roles" inherit td="underline">
            Roles
          </Text>
          .
        </Alert>
      )}
      {templateFromLink && templates.data && !linkedTemplate && (
        <Alert color="orange" variant="light" mb="lg">
          The link asked for a template we do not have. Pick one below instead.
        </Alert>
      )}
      {templates.isPending && <LoadingState label="Loading templates" />}
      {templates.isError && <ErrorState error={templates.error} onRetry={() => templates.refetch()} />}
      {templates.data && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {templates.data.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              creating={creatingId === template.id}
              disabled={!canEdit || (creatingId !== null && creatingId !== template.id)}
              onUse={() => create.mutate({ blueprint: template.blueprint, templateId: template.id })}
            />
          ))}
          <BlankCard
            creating={creatingId === 'blank'}
            disabled={!canEdit || (creatingId !== null && creatingId !== 'blank')}
            onStart={() => create.mutate({ blueprint: blankBlueprint() })}
          />
        </SimpleGrid>
      )}
    </>
  );
}

type BlankCardProps = { creating: boolean; disabled: boolean; onStart: () => void };

function BlankCard({ creating, disabled, onStart }: BlankCardProps) {
  return (
    <Card
      component="article"
      aria-labelledby="template-blank"
      radius="md"
      padding="lg"
      style={{ border: '2px dashed var(--mantine-color-default-border)' }}
    >
      <Stack gap="xs" style={{ flex: 1 }}>
        <Title order={2} fz="md" id="template-blank">
          Your own role
        </Title>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          None of these fit? Write the role from scratch. The advisor points out what is missing as you go.
        </Text>
      </Stack>
      <Button
        mt="md"
        variant="default"
        leftSection={<IconPencilPlus size={18} aria-hidden />}
        onClick={onStart}
        loading={creating}
        disabled={disabled}
        style={{ alignSelf: 'flex-start' }}
      >
        Start blank
      </Button>
    </Card>
  );
}

function useCreateBlueprint() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ({ blueprint, templateId }: NewBlueprint) => createBlueprint(blueprint, templateId),
    onSuccess: (created) => {
      queryClient.setQueryData(blueprintQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: ['blueprints', 'list'] });
      // Replace: going back from the editor should not create another one.
      void navigate({
        to: '/roles/blueprints/$blueprintId',
        params: { blueprintId: created.id },
        replace: true,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The blueprint was not created',
        message: errorMessage(error),
      }),
  });
}

/** A link with ?template=<id> (e.g. from Home) creates that blueprint straight away, once. */
function useCreateFromLink(template: RoleTemplate | undefined, create: (input: NewBlueprint) => void) {
  const started = useRef(false);
  useEffect(() => {
    if (!template || started.current) return;
    started.current = true;
    create({ blueprint: template.blueprint, templateId: template.id });
  }, [template, create]);
}
