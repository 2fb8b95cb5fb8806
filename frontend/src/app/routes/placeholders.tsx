import { ComingSoon } from '@/components/ComingSoon';

/*
 * The sections as they stand today: each says what it will hold, which issue delivers it, and
 * that nothing in it is live yet. Each is replaced by its feature's screens as that work lands.
 */

export function PortalPage() {
  return (
    <ComingSoon
      title="Portal"
      issue="#4"
      summary="The request portal arrives with the tiered service desk (issue #4). Nothing here is live yet: to report an IT problem today, use your hospital's usual service desk number."
      willHold={[
        'File an IT incident or request in plain words, for the application you use',
        'Follow your tickets and answer questions from the service desk',
        'Rate the fix when a ticket is resolved',
      ]}
    />
  );
}

export function WorkspacePage() {
  return (
    <ComingSoon
      title="Workspace"
      issue="#4"
      summary="The agent workspace arrives with the tiered service desk (issue #4). Nothing here is live yet."
      willHold={[
        'Queues by tier (L1 service desk, L2 application and desktop, L3 engineering)',
        'SLA countdowns on every ticket (SLA timers arrive with issue #5)',
        'Escalation to a higher tier, to a partner desk or to the EHR vendor',
      ]}
    />
  );
}

export function PartnerPage() {
  return (
    <ComingSoon
      title="Partner desk"
      summary="The partner desk is planned and has no issue yet. Nothing here is live yet."
      willHold={[
        "Only the tickets assigned to your company's support groups",
        'Pick up, update and resolve tickets, measured against your engagement (OLA)',
        'Or work from your own desk tool through e-bonding',
      ]}
    />
  );
}

export function CoveragePage() {
  return (
    <ComingSoon
      title="Coverage"
      issue="#7"
      summary="The coverage matrix arrives with issue #7. Nothing here is live yet."
      willHold={[
        'Every application and system against the internal and contracted people who support it',
        'Gaps, single points of failure, overload and burnout risk',
        'Shifts against each application’s required support window',
      ]}
    />
  );
}

export function MarketplacePage() {
  return (
    <ComingSoon
      title="Marketplace"
      summary="The partner marketplace is planned and has no issue yet. Nothing here is live yet."
      willHold={[
        'Partner profiles, offerings and rate cards',
        'Staffing requests made from coverage gaps, and the proposals partners send back',
        'Engagements, scorecards and go-live surge plans',
      ]}
    />
  );
}

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
