import {
  ActionIcon,
  Button,
  Card,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type AvailabilityWindow,
  addAvailabilityWindow,
  availabilityQuery,
  type NewWindow,
  removeAvailabilityWindow,
} from '../../../api/scheduling';
import { FormError } from '../../../components/form-error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { browserTimeZone, formatInZone, timeZoneOptions } from '../../../lib/time-zones';

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The signed-in person's interview availability: what candidates can book through a scheduling link. */
export function AvailabilityPage() {
  const windows = useQuery(availabilityQuery);
  const weekly = (windows.data ?? []).filter((window) => window.kind === 'weekly');
  const once = (windows.data ?? [])
    .filter((window) => window.kind === 'once')
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));

  return (
    <>
      <PageHeader
        title="Your availability"
        description="When candidates may book interviews with you. When someone sends a candidate a scheduling link, the candidate picks from these times (shown in their own time zone). Times when you already have an interview are never offered."
      />
      {windows.isPending && <LoadingState label="Loading your availability" />}
      {windows.isError && <ErrorState error={windows.error} onRetry={() => windows.refetch()} />}
      {windows.data && (
        <Stack gap="xl">
          <Stack gap="sm" component="section" aria-labelledby="weekly-heading">
            <Title order={2} fz="lg" id="weekly-heading">
              Every week
            </Title>
            <WindowList
              windows={weekly}
              empty="No weekly times yet. Add the hours you usually keep free for interviews, e.g. Tuesday 14:00–17:00."
            />
            <WeeklyForm />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="once-heading">
            <Title order={2} fz="lg" id="once-heading">
              Extra dates
            </Title>
            <Text size="sm" c="dimmed">
              A one-off block on a particular day, on top of your weekly times.
            </Text>
            <WindowList windows={once} empty="No extra dates." />
            <OnceForm />
          </Stack>
        </Stack>
      )}
    </>
  );
}

function describeWindow(window: AvailabilityWindow): string {
  if (window.kind === 'weekly') {
    const overnight = window.endTime! <= window.startTime!;
    return `${weekdays[(window.weekday ?? 1) - 1]} ${window.startTime}–${window.endTime}${overnight ? ' (next day)' : ''}`;
  }
  const end = formatInZone(window.endsAt!, window.timeZone, {
    weekday: undefined,
    day: undefined,
    month: undefined,
    year: undefined,
  });
  return `${formatInZone(window.startsAt!, window.timeZone)}–${end}`;
}

function WindowList({ windows, empty }: { windows: AvailabilityWindow[]; empty: string }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (window: AvailabilityWindow) => removeAvailabilityWindow(window.id),
    onSuccess: (_result, window) => {
      void queryClient.invalidateQueries(availabilityQuery);
      notifications.show({ message: `Removed ${describeWindow(window)}.` });
    },
  });
  if (windows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Card withBorder radius="md" padding={0}>
      <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {windows.map((window, index) => (
          <Group
            key={window.id}
            component="li"
            justify="space-between"
            px="md"
            py="xs"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
          >
            <Stack gap={0}>
              <Text fw={500}>{describeWindow(window)}</Text>
              <Text size="xs" c="dimmed">
                {window.timeZone} time
              </Text>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${describeWindow(window)}`}
              loading={remove.isPending && remove.variables?.id === window.id}
              onClick={() => remove.mutate(window)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <FormError error={remove.error} />
    </Card>
  );
}

function useAddWindow(onAdded: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (window: NewWindow) => addAvailabilityWindow(window),
    onSuccess: () => {
      void queryClient.invalidateQueries(availabilityQuery);
      onAdded();
    },
  });
}

function ZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => timeZoneOptions(), []);
  return (
    <Select
      label="Time zone"
      data={zones}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone by that name"
    />
  );
}

function WeeklyForm() {
  const [weekday, setWeekday] = useState<string | null>('2');
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('12:00');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const add = useAddWindow(() => notifications.show({ color: 'teal', message: 'Weekly time added.' }));
  const fieldErrors = add.error instanceof ApiError ? add.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!weekday || !startTime || !endTime) return;
    add.mutate({ kind: 'weekly', weekday: Number(weekday), startTime, endTime, timeZone });
  };
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={submit} aria-label="Add a weekly time">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Select
              label="Day"
              data={weekdays.map((label, index) => ({ value: String(index + 1), label }))}
              value={weekday}
              onChange={setWeekday}
              allowDeselect={false}
            />
            <TextInput
              type="time"
              label="From"
              value={startTime}
              onChange={(event) => setStartTime(event.currentTarget.value)}
              required
              error={fieldErrors.startTime}
            />
            <TextInput
              type="time"
              label="To"
              value={endTime}
              onChange={(event) => setEndTime(event.currentTarget.value)}
              required
              error={fieldErrors.endTime}
            />
            <ZoneSelect value={timeZone} onChange={setTimeZone} />
          </SimpleGrid>
          <FormError error={Object.keys(fieldErrors).length ? null : add.error} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              Add weekly time
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function OnceForm() {
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('12:00');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [problem, setProblem] = useState<string | null>(null);
  const add = useAddWindow(() => {
    setDate('');
    notifications.show({ color: 'teal', message: 'Extra date added.' });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = DateTime.fromISO(`${date}T${startTime}`, { zone: timeZone });
    const end = DateTime.fromISO(`${date}T${endTime}`, { zone: timeZone });
    if (!date || !start.isValid || !end.isValid) {
      setProblem('Pick a date, a start and an end.');
      return;
    }
    if (end <= start) {
      setProblem('The end must be after the start.');
      return;
    }
    setProblem(null);
    add.mutate({ kind: 'once', startsAt: start.toISO()!, endsAt: end.toISO()!, timeZone });
  };
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={submit} aria-label="Add an extra date">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              type="date"
              label="Date"
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              required
            />
            <TextInput
              type="time"
              label="From"
              value={startTime}
              onChange={(event) => setStartTime(event.currentTarget.value)}
              required
            />
            <TextInput
              type="time"
              label="To"
              value={endTime}
              onChange={(event) => setEndTime(event.currentTarget.value)}
              required
            />
            <ZoneSelect value={timeZone} onChange={setTimeZone} />
          </SimpleGrid>
          <FormError error={problem ? new Error(problem) : add.error} message={problem ?? undefined} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              Add extra date
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
