import { DataList, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  engagementOptions,
  formatSalaryRange,
  labelOf,
  productStageOptions,
  seniorityLabels,
  technicalDirectionOptions,
  workplaceOptions,
} from '../../../domain/blueprint-labels';
import type { Blueprint } from '../../../domain/hiring-domain';
import { skillName } from './skill-options';

/** A read-only summary of one blueprint version, for the version history. */
export function BlueprintOverview({ blueprint }: { blueprint: Blueprint }) {
  const skills = (requirement: 'must' | 'nice') =>
    blueprint.skills
      .filter((skill) => skill.requirement === requirement)
      .map((skill) => `${skillName(skill.skill)} (${skill.level})`)
      .join(', ');
  const location = blueprint.location;

  return (
    <DataList orientation="vertical" size="sm" gap="sm">
      <Item label="Job title">{blueprint.title}</Item>
      <Item label="Product stage">{labelOf(productStageOptions, blueprint.productStage)}</Item>
      <Item label="Seniority">
        {seniorityLabels[blueprint.seniority]}
        {blueprint.experienceYears &&
          `, ${blueprint.experienceYears.min}${blueprint.experienceYears.max === null ? '+' : `–${blueprint.experienceYears.max}`} years`}
      </Item>
      <Item label="Technical direction">
        {labelOf(technicalDirectionOptions, blueprint.technicalDirection)}
      </Item>
      <Item label="Engagement">
        {labelOf(engagementOptions, blueprint.engagement)}, {blueprint.headcount}{' '}
        {blueprint.headcount === 1 ? 'person' : 'people'}
      </Item>
      <Item label="Stack">{blueprint.existingStack.map(skillName).join(', ')}</Item>
      <Item label="Must-have skills">{skills('must')}</Item>
      <Item label="Nice-to-have skills">{skills('nice')}</Item>
      <Item label="Responsibilities">
        {blueprint.responsibilities.length > 0 && (
          <List size="sm" spacing={2}>
            {blueprint.responsibilities.map((item) => (
              <List.Item key={item.text}>{item.text}</List.Item>
            ))}
          </List>
        )}
      </Item>
      <Item label="Location">
        {[
          labelOf(workplaceOptions, location.workplace),
          [location.city, location.region, location.country].filter(Boolean).join(', '),
          location.remoteEligibility.length > 0 && `from ${location.remoteEligibility.join(', ')}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Item>
      <Item label="Team context">{blueprint.teamContext}</Item>
      <Item label="Soft skills">{blueprint.softSkills.join(', ')}</Item>
      <Item label="Salary">{blueprint.salary ? formatSalaryRange(blueprint.salary) : 'Not published'}</Item>
      <Item label="Equity, bonus and benefits">
        {[blueprint.offer.equity, blueprint.offer.bonus, ...blueprint.offer.benefits]
          .filter(Boolean)
          .join(' · ')}
      </Item>
    </DataList>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === '' || children === false || children === null || children === undefined;
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {empty ? (
          <Text span c="dimmed" size="sm">
            Not set
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}
