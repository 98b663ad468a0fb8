import { Button, Group, Text } from '@mantine/core';

const variableMeanings: Record<string, string> = {
  'candidate.name': 'the candidate’s full name',
  'candidate.firstName': 'the candidate’s first name',
  'job.title': 'the job’s title',
  'organisation.name': 'your organisation’s name',
  'stage.name': 'the stage they move to',
  'sender.name': 'the teammate who sends it',
};

type VariableChipsProps = { variables: string[]; onInsert: (variable: string) => void };

/** Each variable as a button that puts it where the cursor was, in the subject or the body. */
export function VariableChips({ variables, onInsert }: VariableChipsProps) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        Insert a variable
      </Text>
      <Group gap={6}>
        {variables.map((variable) => (
          <Button
            key={variable}
            size="compact-sm"
            variant="light"
            radius="xl"
            ff="monospace"
            fw={400}
            title={`Filled in with ${variableMeanings[variable] ?? variable}`}
            aria-label={`Insert {{${variable}}}: ${variableMeanings[variable] ?? variable}`}
            // Keeps the focus (and so the cursor) in the field being edited.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(variable)}
          >
            {`{{${variable}}}`}
          </Button>
        ))}
      </Group>
    </div>
  );
}
