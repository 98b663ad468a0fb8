import {
  Badge,
  Button,
  Group,
  List,
  Popover,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { skillCategoryLabels, skillLevelOptions } from '../../../../domain/blueprint-labels';
import {
  getSkill,
  type SkillCategory,
  type SkillRequirement,
  skillCategories,
} from '../../../../domain/hiring-domain';
import { fieldId } from '../field-paths';
import type { SectionProps } from '../section-props';
import { skillName } from '../skill-options';
import { EditorSection } from './editor-section';
import { SkillPicker } from './skill-picker';
import { SkillCardRow, type SkillRowProps, SkillTableRow } from './skill-row';

// The guides agree: five or six real must-haves; around fifteen technologies drives strong people away.
const maxMustHaves = 6;
const manyTechnologies = 15;

export function SkillMatrixSection({ draft, change, errors }: SectionProps) {
  const skills = draft.skills;
  const chosen = new Set(skills.map((skill) => skill.skill));
  const fromStack = draft.existingStack.filter((id) => !chosen.has(id));

  const add = (skillId: string) =>
    change('skills', [...skills, { skill: skillId, requirement: 'must', level: 'working', minYears: null }]);
  const update = (index: number, value: SkillRequirement) =>
    change(
      'skills',
      skills.map((skill, at) => (at === index ? value : skill)),
    );
  const remove = (index: number) =>
    change(
      'skills',
      skills.filter((_, at) => at !== index),
    );

  return (
    <EditorSection
      id="section-skills"
      title="Skill matrix"
      description="What the person must bring on day one, and what is a bonus. It drives the posting, the interview scorecard and candidate matching."
    >
      <Group id={fieldId('skills')} justify="space-between" gap="sm">
        <MustHaveCounter skills={skills} />
        <LevelsHelp />
      </Group>
      {skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          No skills yet. Add the five or six things the person truly needs — usually one language in depth,
          SQL, API design and basic cloud — then the nice-to-haves.
        </Text>
      ) : (
        <SkillGroups skills={skills} errors={errors} onChange={update} onRemove={remove} />
      )}
      <Stack gap="xs">
        <Group>
          <SkillPicker exclude={chosen} onPick={add} />
        </Group>
        {fromStack.length > 0 && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              From your stack:
            </Text>
            {fromStack.map((id) => (
              <Button
                key={id}
                size="compact-sm"
                variant="default"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => add(id)}
                aria-label={`Add ${skillName(id)}`}
              >
                {skillName(id)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </EditorSection>
  );
}

function MustHaveCounter({ skills }: { skills: SkillRequirement[] }) {
  const mustHaves = skills.filter((skill) => skill.requirement === 'must').length;
  const color = mustHaves > maxMustHaves ? 'red' : mustHaves === 0 ? 'orange' : 'green';
  return (
    <Group gap="xs">
      <Badge color={color} variant="light" size="lg" tt="none">
        Must-haves: {mustHaves} of at most {maxMustHaves}
      </Badge>
      <Text size="sm" c={skills.length >= manyTechnologies ? 'red' : 'dimmed'}>
        {skills.length} {skills.length === 1 ? 'skill' : 'skills'} in total
      </Text>
    </Group>
  );
}

function LevelsHelp() {
  return (
    <Popover width={320} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" leftSection={<IconInfoCircle size={16} aria-hidden />}>
          What the levels mean
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <List spacing="xs" size="sm">
          {skillLevelOptions.map((option) => (
            <List.Item key={option.value}>
              <Text span fw={600} size="sm">
                {option.label}:
              </Text>{' '}
              {option.description}
            </List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}

type SkillGroupsProps = Omit<SkillRowProps, 'index' | 'value'> & { skills: SkillRequirement[] };

// Below this width the five columns do not fit, so each skill becomes a small card.
const tableMinWidth = 580;

/** Rows grouped by category in the taxonomy's order; each row keeps its index in the blueprint. */
function SkillGroups({ skills, ...rowProps }: SkillGroupsProps) {
  const { ref, width } = useElementSize();
  const groups = groupByCategory(skills);
  const label = (category: SkillCategory | 'other') =>
    category === 'other' ? 'Other' : skillCategoryLabels[category];

  return (
    <div ref={ref}>
      {width >= tableMinWidth ? (
        <Table verticalSpacing={6} horizontalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Skill</Table.Th>
              <Table.Th w={172}>Requirement</Table.Th>
              <Table.Th w={160}>Expected level</Table.Th>
              <Table.Th w={76}>Min. years</Table.Th>
              <Table.Th w={40}>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groups.map(([category, rows]) => (
            <Table.Tbody key={category}>
              <Table.Tr>
                <Table.Th colSpan={5} scope="rowgroup" pt="md" fz="xs" tt="uppercase" c="dimmed">
                  {label(category)}
                </Table.Th>
              </Table.Tr>
              {rows.map(({ skill, index }) => (
                <SkillTableRow key={`${index}-${skill.skill}`} index={index} value={skill} {...rowProps} />
              ))}
            </Table.Tbody>
          ))}
        </Table>
      ) : (
        <Stack gap="md">
          {groups.map(([category, rows]) => (
            <Stack key={category} gap={6}>
              <Title order={3} fz="xs" tt="uppercase" c="dimmed" fw={700}>
                {label(category)}
              </Title>
              {rows.map(({ skill, index }) => (
                <SkillCardRow key={`${index}-${skill.skill}`} index={index} value={skill} {...rowProps} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </div>
  );
}

function groupByCategory(skills: SkillRequirement[]) {
  const groups = new Map<SkillCategory | 'other', { skill: SkillRequirement; index: number }[]>();
  for (const category of [...skillCategories, 'other' as const]) groups.set(category, []);
  skills.forEach((skill, index) => {
    groups.get(getSkill(skill.skill)?.category ?? 'other')!.push({ skill, index });
  });
  return [...groups].filter(([, rows]) => rows.length > 0);
}
