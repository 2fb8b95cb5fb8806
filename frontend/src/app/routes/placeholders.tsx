import { Alert, Box, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '@/components/PageHeader';
import { SlaCompliance } from '@/features/sla';

/*
 * Insights, the executive's home. Until its dashboards are built it shows the SLA compliance that
 * already exists (the same chart as under Admin) rather than a placeholder.
 */

export function InsightsPage() {
  return (
    <Box maw={1200}>
      <PageHeader
        title="Insights"
        description="How well IT keeps its promises to the wards: the share of SLA timers met, internal against partner, by priority, tier, group and application."
      />
      <Stack gap="xl">
        <SlaCompliance />
        <Alert
          variant="light"
          color="gray"
          icon={<IconInfoCircle aria-hidden />}
          title="Coming later"
        >
          Trends and breaches over time and coverage risk across the application portfolio get their
          own views here later.
        </Alert>
      </Stack>
    </Box>
  );
}
