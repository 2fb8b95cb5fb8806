import { Grid, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useRoutingApplications, useRoutingGroups } from '../api/routing';
import { TIER_LABELS, TIERS, type Tier } from '../types';
import { RoutingPreviewPanel } from './RoutingPreviewPanel';
import { TierPanel } from './TierPanel';

interface RoutingRulesPageProps {
  /** Administrators change routing; the page is theirs alone. */
  canEdit: boolean;
}

/**
 * Routing: which support group takes a ticket at each tier. Per tier, rules tried from the top
 * (the first that matches wins), then the default group; per group, where its escalations go.
 */
export function RoutingRulesPage({ canEdit }: RoutingRulesPageProps) {
  const [tier, setTier] = useState<Tier>('L1');
  const groups = useRoutingGroups();
  const applications = useRoutingApplications();

  if (groups.isPending) return <Loading label="Loading routing…" />;
  if (groups.isError) {
    return (
      <ErrorState
        title="We could not load the support groups"
        error={groups.error}
        onRetry={() => void groups.refetch()}
      />
    );
  }
  if (groups.data.length === 0) {
    return (
      <EmptyState
        title="Create a support group first"
        description="Routing sends each new ticket to a support group. Add your service desk as an L1 group under Admin → Support groups, then come back to say which tickets go where."
      />
    );
  }
  const apps = applications.data ?? [];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        Every new ticket goes to an L1 group; an escalation moves it to the next tier. At each tier
        the rules are tried from the top and the first one that matches decides; a ticket no rule
        matches goes to the tier&apos;s default group. Retired groups are never chosen.
      </Text>
      <Tabs value={tier} onChange={(value) => value && setTier(value as Tier)} keepMounted={false}>
        <Tabs.List aria-label="Tiers">
          {TIERS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TIER_LABELS[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TIERS.map((t) => (
          <Tabs.Panel key={t} value={t} pt="md">
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <TierPanel tier={t} groups={groups.data} applications={apps} canEdit={canEdit} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <RoutingPreviewPanel tier={t} applications={apps} />
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
