import {
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingHospital,
  IconChartBar,
  IconHeadset,
  IconLayoutGrid,
  IconSettings,
  IconUser,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { roleLabel, type Role } from '@/lib/roles';
import classes from './DemoUsersPanel.module.css';

/** What each seeded demo login is for. Unknown names are still listed, without a role. */
const DEMO_ROLES: Record<string, { role: Role; plays: string; icon: Icon }> = {
  enduser: { role: 'end-user', plays: 'A nurse filing and following IT tickets', icon: IconUser },
  agent: { role: 'agent', plays: 'Works the service-desk queues by tier', icon: IconHeadset },
  partner: {
    role: 'partner-agent',
    plays: 'A managed-services desk working its tickets',
    icon: IconUsersGroup,
  },
  partnermgr: {
    role: 'partner-manager',
    plays: 'The partner’s manager: its profile, proposals and scorecard',
    icon: IconBriefcase,
  },
  apex: {
    role: 'partner-agent',
    plays: 'A staffing firm without a PHI agreement: patient details masked',
    icon: IconUsersGroup,
  },
  leader: {
    role: 'it-leader',
    plays: 'Coverage, staffing and the partner marketplace',
    icon: IconLayoutGrid,
  },
  exec: {
    role: 'executive',
    plays: 'SLA performance, internal and partner',
    icon: IconChartBar,
  },
  admin: { role: 'admin', plays: 'Everything, plus configuration', icon: IconSettings },
};

export const DEMO_PASSWORD = 'demo';

interface DemoUsersPanelProps {
  users: string[];
  onPick: (username: string) => void;
}

export function DemoUsersPanel({ users, onPick }: DemoUsersPanelProps) {
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="demo-hospital-title">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="gray" size={44} radius="md" aria-hidden>
            <IconBuildingHospital size={26} stroke={1.5} />
          </ThemeIcon>
          <div>
            <Title order={2} size="h4" id="demo-hospital-title">
              Demo hospital
            </Title>
            <Text size="sm" c="dimmed">
              This Medley runs with demo data. Pick a login to fill the form; every demo password is{' '}
              <Text span ff="monospace" fw={600} c="var(--mantine-color-text)">
                {DEMO_PASSWORD}
              </Text>
              .
            </Text>
          </div>
        </Group>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {users.map((username) => {
            const demo = DEMO_ROLES[username];
            const RoleIcon = demo?.icon ?? IconUser;
            return (
              <li key={username}>
                <UnstyledButton className={classes.user} onClick={() => onPick(username)}>
                  {/* Named by what it shows, after what it does (WCAG 2.5.3 label in name). */}
                  <VisuallyHidden>Use demo login </VisuallyHidden>
                  <Group wrap="nowrap" gap="sm">
                    <ThemeIcon variant="light" radius="xl" size={36} aria-hidden>
                      <RoleIcon size={20} stroke={1.6} />
                    </ThemeIcon>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Group gap={8} wrap="nowrap">
                        <Text fw={600} ff="monospace" size="sm">
                          {username}
                        </Text>
                        {demo && (
                          <Badge size="xs" variant="light" radius="sm">
                            {roleLabel(demo.role)}
                          </Badge>
                        )}
                      </Group>
                      {demo && (
                        <Text size="xs" c="dimmed">
                          {demo.plays}
                        </Text>
                      )}
                    </div>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
