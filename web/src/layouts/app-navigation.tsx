import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import {
  type Icon,
  IconBriefcase,
  IconCalendarTime,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconClockPlay,
  IconCoin,
  IconFileText,
  IconHeartHandshake,
  IconHome,
  IconKey,
  IconListDetails,
  IconMail,
  IconMailCog,
  IconMessages,
  IconRocket,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, type LinkProps, useLocation } from '@tanstack/react-router';
import { useIsAdmin, useSession } from './session-context';

type NavItem = { to: NonNullable<LinkProps['to']>; label: string; icon: Icon; adminOnly?: boolean };

const capabilities: NavItem[] = [
  { to: '/', label: 'Home', icon: IconHome },
  { to: '/roles', label: 'Roles', icon: IconBriefcase },
  { to: '/candidates', label: 'Candidates', icon: IconUsers },
  { to: '/interviews', label: 'Interviews', icon: IconMessages },
  { to: '/assessments', label: 'Assessments', icon: IconClipboardCheck },
  { to: '/offers', label: 'Offers', icon: IconHeartHandshake },
  { to: '/onboarding', label: 'Onboarding', icon: IconRocket },
  { to: '/insights', label: 'Insights', icon: IconChartBar },
];

const settings: NavItem[] = [
  { to: '/settings/team', label: 'Team', icon: IconUsersGroup },
  { to: '/settings/account', label: 'Account', icon: IconUserCircle },
  { to: '/settings/availability', label: 'Availability', icon: IconCalendarTime },
  { to: '/settings/question-bank', label: 'Question bank', icon: IconListDetails },
  { to: '/settings/planning', label: 'Salary bands & costs', icon: IconCoin },
  { to: '/settings/approval-chains', label: 'Approval chains', icon: IconChecklist },
  { to: '/settings/email-templates', label: 'E-mail templates', icon: IconMailCog },
  { to: '/settings/offer-letter-templates', label: 'Offer letter templates', icon: IconFileText },
  { to: '/settings/api-tokens', label: 'API tokens', icon: IconKey },
  { to: '/settings/outbox', label: 'Outbox', icon: IconMail, adminOnly: true },
  { to: '/settings/background-jobs', label: 'Background jobs', icon: IconClockPlay, adminOnly: true },
];

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const pathname = useLocation({ select: (location) => location.pathname });
  const isAdmin = useIsAdmin();
  const { organisation } = useSession();

  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  const renderItem = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={19} stroke={1.6} aria-hidden />}
      active={isActive(item.to)}
      aria-current={isActive(item.to) ? 'page' : undefined}
      onClick={onNavigate}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );

  return (
    <AppShell.Section grow component={ScrollArea} p="sm">
      {/* The header hides the organisation name on phones, so the drawer shows it instead. */}
      <Text hiddenFrom="xs" fw={600} px="sm" pb="sm">
        {organisation.name}
      </Text>
      {capabilities.map(renderItem)}
      <Text component="h2" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="lg" mb={6}>
        Settings
      </Text>
      {settings.filter((item) => isAdmin || !item.adminOnly).map(renderItem)}
    </AppShell.Section>
  );
}
