import { Alert, Box, Button, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { bookPublicSlot, type PublicSlot, publicSchedulingQuery } from '../../api/scheduling';
import { FormError } from '../../components/form-error';
import { PublicPage } from '../../components/public-page';
import { LoadingState } from '../../components/query-states';
import { browserTimeZone, formatInZone, timeZoneOptions, utcOffsetLabel } from '../../lib/time-zones';

const route = getRouteApi('/schedule/$token');

type Booked = { title: string; startsAt: string; endsAt: string; organisation: string; timeZone: string };

/** The candidate's page: pick a free interview time in their own time zone. No account needed. */
export function SchedulePage() {
  const { token } = route.useParams();
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [picked, setPicked] = useState<PublicSlot | null>(null);
  const [taken, setTaken] = useState(false);
  const [booked, setBooked] = useState<Booked | null>(null);
  const zones = useMemo(() => timeZoneOptions().map((zone) => ({ value: zone, label: zone })), []);
  const slots = useQuery({ ...publicSchedulingQuery(token, timeZone), enabled: !booked });

  const book = useMutation({
    mutationFn: (slot: PublicSlot) => bookPublicSlot(token, slot.start, timeZone),
    onSuccess: ({ interview }) =>
      setBooked({ ...interview, organisation: slots.data?.organisation ?? '', timeZone }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // Someone else took it meanwhile (or the link was used in another tab): show what is free now.
        setPicked(null);
        setTaken(true);
        void slots.refetch();
      }
    },
  });

  if (booked) {
    return (
      <PublicPage
        brand={booked.organisation}
        title="You’re booked"
        description="An invitation is on its way to your e-mail. Open it to add the interview to your calendar."
      >
        <Paper withBorder radius="md" p="md" bg="teal.0">
          <Stack gap={4}>
            <Text fw={600}>
              <IconCalendarCheck size={18} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
              {booked.title}
            </Text>
            <Text>{formatInZone(booked.startsAt, booked.timeZone)}</Text>
            <Text size="sm" c="dimmed">
              Until{' '}
              {formatInZone(booked.endsAt, booked.timeZone, {
                weekday: undefined,
                day: undefined,
                month: undefined,
                year: undefined,
              })}
              , {booked.timeZone} time ({utcOffsetLabel(booked.timeZone, new Date(booked.startsAt))})
            </Text>
          </Stack>
        </Paper>
        <Text size="sm" c="dimmed" mt="md">
          Need to change it? Reply to the invitation e-mail and {booked.organisation || 'the team'} will sort
          it out with you.
        </Text>
      </PublicPage>
    );
  }

  if (slots.isError) return <LinkProblem error={slots.error} />;
  if (!slots.data) {
    return (
      <PublicPage title="Finding free times">
        <LoadingState label="Finding free times" />
      </PublicPage>
    );
  }

  const data = slots.data;
  const changeZone = (zone: string | null) => {
    if (!zone) return;
    setTimeZone(zone);
    setPicked(null);
  };

  return (
    <PublicPage
      width={560}
      brand={data.organisation}
      title={`Hi ${data.candidateFirstName}, pick a time for your ${data.title.toLowerCase()}`}
      description={`For the ${data.job} role. It takes ${data.durationMinutes} minutes. Choose any free time below; everyone gets a calendar invitation straight away.`}
    >
      <Stack gap="lg">
        <Select
          label="Your time zone"
          description={`We guessed it from your device. Times below are in ${timeZone} (${utcOffsetLabel(timeZone)} now).`}
          data={zones}
          value={timeZone}
          onChange={changeZone}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No time zone by that name — try a city, e.g. Kolkata"
          comboboxProps={{ withinPortal: true }}
        />
        {taken && (
          <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
            Sorry — someone took that time a moment ago. The list below shows what is still free; please pick
            another.
          </Alert>
        )}
        {data.days.length === 0 ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            There are no free times right now. Reply to the e-mail from {data.organisation} and they will find
            a time with you.
          </Alert>
        ) : (
          <Stack gap="md" aria-busy={slots.isFetching}>
            {data.days.map((day) => (
              <Box component="section" key={day.date} aria-labelledby={`day-${day.date}`}>
                <Title order={2} fz="md" id={`day-${day.date}`}>
                  {day.label}
                </Title>
                <Text size="xs" c="dimmed" mb={6}>
                  Times in {day.slots[0]?.offsetLabel}
                </Text>
                <SimpleGrid cols={{ base: 3, xs: 4 }} spacing="xs">
                  {day.slots.map((slot) => {
                    const selected = picked?.start === slot.start;
                    return (
                      <Button
                        key={slot.start}
                        variant={selected ? 'filled' : 'default'}
                        aria-pressed={selected}
                        aria-label={`${day.label}, ${slot.localStart} to ${slot.localEnd} (${slot.offsetLabel})`}
                        onClick={() => {
                          setPicked(slot);
                          setTaken(false);
                          book.reset();
                        }}
                        px="xs"
                      >
                        {slot.localStart}
                      </Button>
                    );
                  })}
                </SimpleGrid>
              </Box>
            ))}
          </Stack>
        )}
        {picked && (
          <Paper
            withBorder
            radius="md"
            p="md"
            shadow="md"
            pos="sticky"
            bottom={12}
            style={{ zIndex: 2 }}
            aria-live="polite"
          >
            <Stack gap="sm">
              <Text>
                <Text span fw={600}>
                  {formatInZone(picked.start, timeZone, {
                    hour: undefined,
                    minute: undefined,
                    year: undefined,
                  })}
                </Text>
                , {picked.localStart}–{picked.localEnd} ({picked.offsetLabel})
              </Text>
              {book.error && !(book.error instanceof ApiError && book.error.status === 409) && (
                <FormError error={book.error} />
              )}
              <Button onClick={() => book.mutate(picked)} loading={book.isPending} fullWidth size="md">
                Confirm this time
              </Button>
            </Stack>
          </Paper>
        )}
        <Text size="xs" c="dimmed">
          This link is just for you and works until {formatInZone(data.expiresAt, timeZone)}.
        </Text>
      </Stack>
    </PublicPage>
  );
}

function LinkProblem({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const expired = status === 404 && error instanceof ApiError && /expired/i.test(error.message);
  const [title, description] =
    status === 409
      ? [
          'This link has already been used',
          'Your interview is booked — look for the calendar invitation in your e-mail. To change the time, reply to that e-mail.',
        ]
      : expired
        ? [
            'This link has expired',
            'Reply to the e-mail you got it in and ask for a new one; it only takes them a moment.',
          ]
        : status === 404
          ? [
              'This link does not work',
              'Check that you opened the whole link from the e-mail. If it still does not work, reply to that e-mail and ask for a new one.',
            ]
          : ['We could not load the free times', errorMessage(error)];
  return (
    <PublicPage title={title} description={description}>
      {status !== 404 && status !== 409 && (
        <Button onClick={() => window.location.reload()} variant="default" fullWidth>
          Try again
        </Button>
      )}
    </PublicPage>
  );
}
