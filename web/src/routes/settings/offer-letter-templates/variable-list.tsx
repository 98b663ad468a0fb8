import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { letterVariableMeanings } from './sample-offer';

type VariableListProps = {
  variables: readonly string[];
  /** Inserts the variable where the cursor was; absent when the reader cannot edit. */
  onInsert?: (variable: string) => void;
};

/** The {{variables}} this template's engagement model may use, with what each is filled in with. */
export function VariableList({ variables, onInsert }: VariableListProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="letter-variables-title">
      <Title order={2} fz="md" id="letter-variables-title">
        Variables you can use
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {onInsert
          ? 'Click one to put it where the cursor is. A line that mentions something the offer does not have (no bonus, no equity) is left out of the letter.'
          : 'Filled in from each offer. A line that mentions something the offer does not have is left out.'}
      </Text>
      <Stack gap={8}>
        {variables.map((variable) => (
          <div key={variable}>
            {onInsert ? (
              <Button
                size="compact-sm"
                variant="light"
                ff="monospace"
                fw={400}
                aria-label={`Insert {{${variable}}}`}
                // Keeps the focus (and so the cursor) in the field being edited.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(variable)}
              >
                {`{{${variable}}}`}
              </Button>
            ) : (
              <Text size="sm" ff="monospace">{`{{${variable}}}`}</Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {letterVariableMeanings[variable] ?? variable}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
