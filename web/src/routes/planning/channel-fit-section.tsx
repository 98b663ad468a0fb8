import { SimpleGrid } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { channelsQuery } from '../../api/planning';
import { ErrorState, LoadingState } from '../../components/query-states';
import type { Blueprint } from '../../domain/hiring-domain';
import { ChannelCard } from './channel-card';
import { ChannelFitForm, type ChannelFitValues } from './channel-fit-form';
import { PlanSection } from './plan-section';

/** A permanent hire is open-ended; anything else starts as a six-month piece of work. */
function defaultsFor(blueprint: Blueprint): ChannelFitValues {
  const permanent = blueprint.engagement === 'full_time';
  return {
    scopeBounded: !permanent,
    durationMonths: permanent ? null : 6,
    neededBy: null,
    budget: null,
    ownSourcingCapacity: 'some',
    engagement: blueprint.engagement,
  };
}

type ChannelFitSectionProps = { blueprint: Blueprint; seniority: Blueprint['seniority'] };

export function ChannelFitSection({ blueprint, seniority }: ChannelFitSectionProps) {
  // Only the answers given here are kept, so the defaults follow edits to the blueprint.
  const [edits, setEdits] = useState<Partial<ChannelFitValues>>({});
  const values = useMemo(() => ({ ...defaultsFor(blueprint), ...edits }), [blueprint, edits]);
  // One request once typing pauses, not one per keystroke.
  const [settled] = useDebouncedValue(values, 350);
  const channels = useQuery(channelsQuery({ ...settled, seniority }));
  const bestKey = channels.data?.items.find((item) => item.fits)?.key;

  return (
    <PlanSection
      title="Which channel fits"
      description="Tell us about the work; the channels are ranked for it, with the reasons. Channels that cannot work are greyed out and say why."
    >
      <ChannelFitForm
        value={values}
        onChange={(changes) => setEdits((current) => ({ ...current, ...changes }))}
      />
      {channels.isPending && <LoadingState label="Ranking the channels" />}
      {channels.isError && <ErrorState error={channels.error} onRetry={() => channels.refetch()} />}
      {channels.data && (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="sm"
          style={{ opacity: channels.isPlaceholderData ? 0.6 : 1 }}
        >
          {channels.data.items.map((recommendation) => (
            <ChannelCard
              key={recommendation.key}
              recommendation={recommendation}
              best={recommendation.key === bestKey}
            />
          ))}
        </SimpleGrid>
      )}
    </PlanSection>
  );
}
