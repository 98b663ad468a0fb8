import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { CandidateSkill } from '../../api/candidates';
import { capitalise, formatYears, skillSourceLabels } from './candidate-labels';

/** Skills with years; hovering (or focusing) one tells where it came from. */
export function SkillList({ skills }: { skills: CandidateSkill[] }) {
  if (skills.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No skills recorded yet. Edit the profile to add them, or upload a résumé.
      </Text>
    );
  }
  const sorted = [...skills].sort((left, right) => (right.years ?? -1) - (left.years ?? -1));
  return (
    <Group gap={6}>
      {sorted.map((skill) => (
        <Tooltip key={skill.skill} label={capitalise(skillSourceLabels[skill.source])} withArrow>
          <Badge
            variant="light"
            color="indigo"
            size="lg"
            radius="sm"
            tt="none"
            fw={500}
            tabIndex={0}
            aria-label={`${skill.name}${skill.years === null ? '' : `, ${formatYears(skill.years)}`}, ${skillSourceLabels[skill.source]}`}
          >
            {skill.name}
            {skill.years !== null && (
              <Text span inherit c="dimmed" fw={400}>
                {' '}
                · {formatYears(skill.years)}
              </Text>
            )}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
