import { Anchor, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChecklist,
  IconClipboardText,
  IconFileText,
  IconHourglass,
  IconInbox,
  IconSignature,
} from '@tabler/icons-react';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { TodaySection, TodaySectionOf } from '../../api/today';
import { formatRelative } from '../../lib/format';

/** One section of "What needs you today": its heading with the count, a sentence per item, and the rest. */
export function TodaySectionView({ section, today }: { section: TodaySection; today: string }) {
  switch (section.kind) {
    case 'offer_approvals':
      return <OfferApprovals section={section} />;
    case 'scorecards':
      return <Scorecards section={section} />;
    case 'interviews_today':
      return <InterviewsToday section={section} />;
    case 'exercise_reviews':
      return <ExerciseReviews section={section} />;
    case 'onboarding_items':
      return <OnboardingItems section={section} today={today} />;
    case 'stalled_candidates':
      return <StalledCandidates section={section} />;
    case 'new_applications':
      return <NewApplications section={section} />;
  }
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

function OfferApprovals({ section }: { section: TodaySectionOf<'offer_approvals'> }) {
  return (
    <SectionFrame
      icon={<IconSignature size={16} aria-hidden />}
      title="Offers waiting for your approval"
      count={section.count}
      more={{ to: '/offers', label: 'See all offers' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.offerId}
          link={{ to: '/offers/$offerId', params: { offerId: item.offerId } }}
          sentence={`Approve the offer to ${item.candidate.name}`}
          detail={`${item.job.title} · your step: ${item.step} · asked ${formatRelative(item.waitingSince)}`}
        />
      ))}
    </SectionFrame>
  );
}

function Scorecards({ section }: { section: TodaySectionOf<'scorecards'> }) {
  return (
    <SectionFrame
      icon={<IconClipboardText size={16} aria-hidden />}
      title="Scorecards to write"
      count={section.count}
      overdue={section.overdue}
      more={{ to: '/interviews', label: 'See your interviews' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.interviewId}
          link={{ to: '/interviews/$interviewId', params: { interviewId: item.interviewId } }}
          sentence={`Score ${possessive(item.candidate.name)} ${item.title.toLowerCase()}`}
          detail={`${item.draft ? 'Draft saved · ' : ''}${item.overdue ? 'Overdue: the' : 'The'} interview ended ${formatRelative(item.endedAt)}`}
          urgent={item.overdue}
        />
      ))}
    </SectionFrame>
  );
}

const timeOfDay = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function InterviewsToday({ section }: { section: TodaySectionOf<'interviews_today'> }) {
  return (
    <SectionFrame
      icon={<IconCalendarEvent size={16} aria-hidden />}
      title="Your interviews today"
      count={section.count}
      more={{ to: '/interviews', label: 'See your interviews' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.interviewId}
          link={{ to: '/interviews/$interviewId', params: { interviewId: item.interviewId } }}
          sentence={`${item.title} with ${item.candidate.name} at ${timeOfDay(item.startsAt)}`}
          detail={`${item.job.title} · until ${timeOfDay(item.endsAt)} · the kit is ready`}
        />
      ))}
    </SectionFrame>
  );
}

function ExerciseReviews({ section }: { section: TodaySectionOf<'exercise_reviews'> }) {
  return (
    <SectionFrame
      icon={<IconFileText size={16} aria-hidden />}
      title="Hand-ins to review"
      count={section.count}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.submissionId}
          link={{
            to: '/candidates/$candidateId',
            params: { candidateId: item.candidate.id },
            search: { tab: 'applications' },
          }}
          sentence={`Review ${possessive(item.candidate.name)} ${item.exercise.title}`}
          detail={`${item.job.title} · handed in ${formatRelative(item.submittedAt)} · nobody has reviewed it yet`}
        />
      ))}
    </SectionFrame>
  );
}

/** "Mon, 2 Mar": plan dates are calendar days, read in UTC so no time zone moves them. */
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const formatDue = (dueDate: string, today: string) => {
  if (dueDate === today) return 'Due today';
  const day = dayFormat.format(new Date(`${dueDate}T00:00:00Z`));
  return dueDate < today ? `Overdue since ${day}` : `Due ${day}`;
};

function OnboardingItems({ section, today }: { section: TodaySectionOf<'onboarding_items'>; today: string }) {
  return (
    <SectionFrame
      icon={<IconChecklist size={16} aria-hidden />}
      title="Onboarding items due this week"
      count={section.count}
      overdue={section.overdue}
      more={{ to: '/onboarding', label: 'See the onboarding plans' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.itemId}
          link={{ to: '/onboarding/$planId', params: { planId: item.planId } }}
          sentence={`${item.title} (${item.newHire.name})`}
          detail={formatDue(item.dueDate, today)}
          urgent={item.overdue}
        />
      ))}
    </SectionFrame>
  );
}

function StalledCandidates({ section }: { section: TodaySectionOf<'stalled_candidates'> }) {
  return (
    <SectionFrame
      icon={<IconHourglass size={16} aria-hidden />}
      title="Candidates waiting too long"
      count={section.count}
      more={{ to: '/roles', label: 'See your jobs' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.applicationId}
          link={{
            to: '/roles/jobs/$jobId/board',
            params: { jobId: item.job.id },
            search: { candidate: item.applicationId },
          }}
          sentence={`Move ${item.candidate.name} on, or let them know`}
          detail={`${item.job.title} · ${plural(item.daysInStage, 'day')} in ${item.stage} (target ${plural(item.targetDays, 'day')})`}
        />
      ))}
    </SectionFrame>
  );
}

function NewApplications({ section }: { section: TodaySectionOf<'new_applications'> }) {
  return (
    <SectionFrame
      icon={<IconInbox size={16} aria-hidden />}
      title="New applications"
      count={section.count}
      hidden={section.jobs - section.items.length}
      more={{ to: '/roles', label: 'See your jobs' }}
    >
      {section.items.map((item) => (
        <TodoItem
          key={item.job.id}
          link={{ to: '/roles/jobs/$jobId/board', params: { jobId: item.job.id } }}
          sentence={`Review ${plural(item.count, 'new application')} for ${item.job.title}`}
        />
      ))}
    </SectionFrame>
  );
}

type SectionFrameProps = {
  icon: ReactNode;
  title: string;
  count: number;
  overdue?: number;
  /** How many entries are not listed; by default the count minus the items shown. */
  hidden?: number;
  /** Where the whole list lives, when it has a page of its own. */
  more?: { to: LinkProps['to']; label: string };
  children: ReactNode[];
};

function SectionFrame({ icon, title, count, overdue = 0, hidden, more, children }: SectionFrameProps) {
  const rest = hidden ?? count - children.length;
  return (
    <Stack component="section" gap={6} aria-label={title}>
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon variant="light" size={26} radius="xl">
          {icon}
        </ThemeIcon>
        <Text fw={600} size="sm" style={{ flex: 1 }}>
          {title}
        </Text>
        {overdue > 0 && (
          <Badge color="red" variant="light" size="sm" tt="none">
            {overdue} overdue
          </Badge>
        )}
        <Badge variant="light" color="gray" size="sm" aria-label={`${count} in all`}>
          {count}
        </Badge>
      </Group>
      <Stack component="ul" gap={6} p={0} pl={34} m={0} style={{ listStyle: 'none' }}>
        {children}
      </Stack>
      {rest > 0 && (
        <Text size="xs" pl={34} c="dimmed">
          {more ? (
            <Anchor size="xs" renderRoot={(props) => <Link {...props} to={more.to} />}>
              {`${rest} more · ${more.label}`}
            </Anchor>
          ) : (
            `and ${rest} more`
          )}
        </Text>
      )}
    </Stack>
  );
}

type TodoItemProps = {
  link: LinkProps;
  sentence: string;
  detail?: string;
  /** Overdue: the detail line turns red. */
  urgent?: boolean;
};

function TodoItem({ link, sentence, detail, urgent = false }: TodoItemProps) {
  return (
    <Text component="li" size="sm" lh={1.4}>
      <Anchor inherit fw={500} renderRoot={(props) => <Link {...props} {...link} />}>
        {sentence}
      </Anchor>
      {detail && (
        <Text size="xs" c={urgent ? 'red.7' : 'dimmed'}>
          {detail}
        </Text>
      )}
    </Text>
  );
}
