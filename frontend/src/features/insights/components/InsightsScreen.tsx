import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { CoverageRiskScreen } from './CoverageRiskScreen';
import { InsightsHome } from './InsightsHome';
import { OperationsScreen } from './OperationsScreen';
import { SlaPerformanceScreen } from './SlaPerformanceScreen';

interface InsightPage {
  path: string;
  label: string;
  description: string;
  /** Pages that share the filters keep them when you move between them. */
  filtered: boolean;
}

const INSIGHT_PAGES: readonly InsightPage[] = [
  {
    path: '/insights',
    label: 'Home',
    description:
      'How well IT keeps its promises to the wards this month: compliance internal against each partner, breaches, backlog, volume and satisfaction.',
    filtered: false,
  },
  {
    path: '/insights/sla',
    label: 'SLA performance',
    description:
      'The share of response and resolution targets met, internal against each partner, and what caused each breach.',
    filtered: true,
  },
  {
    path: '/insights/operations',
    label: 'Operations',
    description:
      'Volume and backlog, first-contact resolution, reopen rate, satisfaction, escalations and the volume to expect.',
    filtered: true,
  },
  {
    path: '/insights/coverage',
    label: 'Coverage risk',
    description: 'Which applications the hospital could not support if one person were away.',
    filtered: false,
  },
];

const HOME = INSIGHT_PAGES[0]!;

/** The insight pages, and the partner scorecards (which live with the marketplace). */
function InsightsNav({ current }: { current: InsightPage }) {
  const { search } = useLocation();
  const links = [
    ...INSIGHT_PAGES.map((page) => ({
      to: page.filtered && current.filtered ? `${page.path}${search}` : page.path,
      label: page.label,
      active: page === current,
    })),
    { to: '/marketplace/scorecards', label: 'Partner scorecards', active: false },
  ];
  return (
    <Group component="nav" aria-label="Insight pages" gap="xs" mb="md" wrap="wrap">
      {links.map((link) => (
        <Button
          key={link.label}
          component={Link}
          to={link.to}
          size="compact-md"
          variant={link.active ? 'light' : 'subtle'}
          aria-current={link.active ? 'page' : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}

/** The insights section: its pages by path, under one header and navigation. */
export function InsightsScreen() {
  const { pathname } = useLocation();
  const page =
    INSIGHT_PAGES.find((candidate) => candidate.path === pathname.replace(/\/$/, '')) ?? HOME;
  return (
    <>
      <PageHeader
        title={page.path === '/insights' ? 'Insights' : page.label}
        description={page.description}
      />
      <InsightsNav current={page} />
      {page.path === '/insights/sla' ? (
        <SlaPerformanceScreen />
      ) : page.path === '/insights/operations' ? (
        <OperationsScreen />
      ) : page.path === '/insights/coverage' ? (
        <CoverageRiskScreen />
      ) : (
        <InsightsHome />
      )}
    </>
  );
}
