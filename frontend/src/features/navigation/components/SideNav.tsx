import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuildingFactory2,
  IconBuildingStore,
  IconChartBar,
  IconDeviceHeartMonitor,
  IconHeadset,
  IconLayoutGrid,
  IconLifebuoy,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { sectionOfPath, sectionsFor, type SectionId } from '../sections';

const ICONS: Record<SectionId, Icon> = {
  portal: IconLifebuoy,
  workspace: IconHeadset,
  'vendor-cases': IconBuildingFactory2,
  partner: IconUsersGroup,
  coverage: IconLayoutGrid,
  devices: IconDeviceHeartMonitor,
  marketplace: IconBuildingStore,
  insights: IconChartBar,
  admin: IconSettings,
};

interface SideNavProps {
  roles: readonly string[];
  /** Called after a link is followed (closes the navigation on small screens). */
  onNavigate?: () => void;
}

/** The main navigation: only the sections the signed-in user's roles allow. */
export function SideNav({ roles, onNavigate }: SideNavProps) {
  const sections = sectionsFor(roles);
  const { pathname } = useLocation();
  const current = sectionOfPath(sections, pathname);
  if (sections.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        No sections are available for your role yet.
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {sections.map((section) => {
        const SectionIcon = ICONS[section.id];
        const active = section.id === current?.id;
        return (
          <li key={section.id}>
            <NavLink
              component={Link}
              to={section.path}
              // The most specific section is current: /workspace/vendor-cases is not the workspace.
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              label={section.label}
              // The link is named by its label alone ("Workspace"); the hint is its description,
              // so that what is read out starts with the words on screen (WCAG 2.5.3).
              description={
                <span id={`nav-hint-${section.id}`} aria-hidden>
                  {section.hint}
                </span>
              }
              aria-describedby={`nav-hint-${section.id}`}
              active={active}
              leftSection={<SectionIcon size={20} stroke={1.6} aria-hidden />}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
