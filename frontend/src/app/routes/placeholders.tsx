import { ComingSoon } from '@/components/ComingSoon';

/*
 * The sections as they stand today: each says what it will hold, which issue delivers it, and
 * that nothing in it is live yet. Each is replaced by its feature's screens as that work lands.
 */

export function InsightsPage() {
  return (
    <ComingSoon
      title="Insights"
      summary="Executive dashboards are planned and have no issue yet; they build on the SLA timers of issue #5. Nothing here is live yet."
      willHold={[
        'SLA performance, internal against partner, by tier, application and priority',
        'Trends and breaches over time',
        'Coverage risk across the application portfolio',
      ]}
    />
  );
}
