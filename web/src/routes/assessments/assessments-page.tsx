import { Accordion, Badge, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { archiveOwnExercise, exercisesQuery } from '../../api/assessments';
import { PageHeader } from '../../components/page-header';
import { LoadingState } from '../../components/query-states';
import { renderBrief } from './brief-markdown';
import { NewExerciseModal } from './new-exercise-modal';

/** The exercise library: what each exercise asks and how it is graded. Exercises are sent from a candidate's page. */
export function AssessmentsPage() {
  const library = useQuery(exercisesQuery);
  const queryClient = useQueryClient();
  const [creating, { open, close }] = useDisclosure(false);
  const archive = useMutation({
    mutationFn: archiveOwnExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exercisesQuery.queryKey }),
  });
  return (
    <>
      <PageHeader
        title="Assessments"
        description="Practical exercises that mirror real backend work. Send one from a candidate's Applications tab: they get their own link, and the upload is run and checked over HTTP in a sandbox."
        actions={<Button onClick={open}>New exercise</Button>}
      />
      <NewExerciseModal opened={creating} onClose={close} />
      {!library.data ? (
        <LoadingState label="Loading the exercises" />
      ) : (
        <Accordion variant="separated" chevronPosition="left">
          {library.data.map((exercise) => (
            <Accordion.Item key={exercise.id} value={exercise.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{exercise.title}</Text>
                    {exercise.source === 'own' && (
                      <Badge variant="light" color="grape">
                        Your organisation
                        {exercise.checkSource === 'postman'
                          ? ' · Postman'
                          : exercise.checkSource === 'openapi'
                            ? ' · OpenAPI'
                            : ''}
                      </Badge>
                    )}
                    <Badge variant="light">
                      {exercise.kind === 'rubric' ? 'Reviewer rubric' : 'Graded automatically'}
                    </Badge>
                    <Badge variant="light" color="gray">
                      {exercise.timeLimitMinutes / 60} hours
                    </Badge>
                    {exercise.kind !== 'rubric' && (
                      <Badge variant="light" color="gray">
                        {exercise.checks} checks
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {exercise.summary}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: raw HTML in the brief is escaped and only http(s) links are kept */}
                <Typography dangerouslySetInnerHTML={{ __html: renderBrief(exercise.brief) }} />
                {exercise.source === 'own' && (
                  <Group justify="flex-end" mt="md">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      loading={archive.isPending && archive.variables === exercise.id}
                      onClick={() => archive.mutate(exercise.id)}
                    >
                      Archive (invitations already sent keep working)
                    </Button>
                  </Group>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
