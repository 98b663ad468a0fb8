import { Table, Text } from '@mantine/core';
import type { CandidateSkill } from '../../../api/candidates';
import { capitalise, formatYears, skillSourceLabels } from '../candidate-labels';

/** Every skill with its years and where it came from, most years first. */
export function SkillTable({ skills }: { skills: CandidateSkill[] }) {
  if (skills.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No skills recorded yet. Edit the profile to add them, or upload a résumé.
      </Text>
    );
  }
  const sorted = [...skills].sort((left, right) => (right.years ?? -1) - (left.years ?? -1));
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={6} horizontalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Skill</Table.Th>
            <Table.Th w="22%">Years</Table.Th>
            <Table.Th w="38%">Where it came from</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((skill) => (
            <Table.Tr key={skill.skill}>
              <Table.Td fw={500}>{skill.name}</Table.Td>
              <Table.Td>
                {skill.years === null ? (
                  <Text span c="dimmed" inherit>
                    —
                  </Text>
                ) : (
                  formatYears(skill.years)
                )}
              </Table.Td>
              <Table.Td c="dimmed">{capitalise(skillSourceLabels[skill.source])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
