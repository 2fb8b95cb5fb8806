import type {
  Breach,
  Breaches,
  CoverageRiskAnswer,
  Operations,
  OpsPeriod,
  SettledTickets,
  SlaPerformance,
  SlaPeriodFigures,
} from '../types';

export function figures(start: string, met: number, breached: number): SlaPeriodFigures {
  const total = met + breached;
  return {
    start,
    met,
    breached,
    total,
    percentMet: total === 0 ? null : Math.round((met * 1000) / total) / 10,
  };
}

/** Compliance internal vs Northwind (7) over two months. */
export function performance(overrides: Partial<SlaPerformance> = {}): SlaPerformance {
  return {
    from: '2026-10-01',
    to: '2026-12-01',
    zone: 'America/New_York',
    period: 'MONTH',
    groupBy: 'provider',
    kind: 'SLA',
    target: null,
    overall: { met: 90, breached: 10, total: 100, percentMet: 90 },
    periods: [figures('2026-10-01', 40, 5), figures('2026-11-01', 50, 5)],
    groups: [
      {
        key: 'INTERNAL',
        label: 'Internal staff',
        overall: { met: 60, breached: 4, total: 64, percentMet: 93.8 },
        periods: [figures('2026-10-01', 25, 2), figures('2026-11-01', 35, 2)],
      },
      {
        key: '7',
        label: 'Northwind Managed Services',
        overall: { met: 30, breached: 6, total: 36, percentMet: 83.3 },
        periods: [figures('2026-10-01', 15, 3), figures('2026-11-01', 15, 3)],
      },
    ],
    ...overrides,
  };
}

export const BREACH: Breach = {
  timerId: 51,
  ticketId: 12,
  ticketNumber: 'INC-000012',
  title: 'Pump library out of date',
  kind: 'SLA',
  target: 'RESOLUTION',
  priority: 'P2',
  tier: 'L1',
  applicationId: 3,
  groupId: 14,
  group: 'Northwind L1',
  provider: '7',
  providerName: 'Northwind Managed Services',
  startedAt: '2026-11-02T13:00:00Z',
  breachedAt: '2026-11-03T13:00:00Z',
  cause: 'PARTNER_L1',
  causeMillis: 18 * 3_600_000,
  byStatus: [
    { status: 'NEW', millis: 18 * 3_600_000 },
    { status: 'PENDING_VENDOR', millis: 6 * 3_600_000 },
  ],
  byHolder: [
    {
      groupId: 14,
      group: 'Northwind L1',
      provider: '7',
      providerName: 'Northwind Managed Services',
      millis: 24 * 3_600_000,
    },
  ],
};

export function breaches(items: Breach[] = [BREACH]): Breaches {
  return {
    items,
    page: 0,
    size: 20,
    total: items.length,
    causes:
      items.length === 0
        ? []
        : [
            { cause: 'PARTNER_L1', breaches: 4, causeMillis: 40 * 3_600_000 },
            { cause: 'PENDING_VENDOR', breaches: 2, causeMillis: 30 * 3_600_000 },
          ],
  };
}

export const SETTLED: SettledTickets = {
  items: [
    {
      timerId: 51,
      ticketId: 12,
      ticketNumber: 'INC-000012',
      title: 'Pump library out of date',
      kind: 'SLA',
      target: 'RESOLUTION',
      priority: 'P2',
      tier: 'L1',
      applicationId: 3,
      groupId: 14,
      group: 'Northwind L1',
      provider: '7',
      providerName: 'Northwind Managed Services',
      finishedAt: '2026-11-03T13:00:00Z',
      outcome: 'BREACHED',
    },
  ],
  page: 0,
  size: 25,
  total: 1,
};

export function opsPeriod(start: string, end: string, opened: number): OpsPeriod {
  return {
    start,
    end,
    opened,
    resolved: opened - 2,
    backlogAtEnd: 10,
    firstContactResolution: { count: 5, of: 10, rate: 0.5 },
    reopenRate: { count: 1, of: 10, rate: 0.1 },
    csat: { mean: 4.2, rated: 5 },
    escalationRate: { count: 2, of: 10, rate: 0.2 },
  };
}

export function operations(overrides: Partial<Operations> = {}): Operations {
  const hourOfWeek = Array.from({ length: 168 }, (_, i) => (i % 24 >= 8 && i % 24 < 18 ? 3 : 0.5));
  return {
    from: '2026-10-01',
    to: '2026-11-30',
    period: 'MONTH',
    zone: 'America/New_York',
    generatedAt: '2026-11-30T12:00:00Z',
    periods: [
      opsPeriod('2026-10-01', '2026-11-01', 120),
      opsPeriod('2026-11-01', '2026-12-01', 90),
    ],
    backlog: {
      open: 14,
      ages: [
        { age: '<1d', count: 5 },
        { age: '1-3d', count: 4 },
        { age: '3-7d', count: 2 },
        { age: '7-30d', count: 2 },
        { age: '>30d', count: 1 },
      ],
    },
    escalationByTier: [
      { tier: 'L1', escalated: { count: 20, of: 100, rate: 0.2 } },
      { tier: 'L2', escalated: { count: 3, of: 30, rate: 0.1 } },
    ],
    forecast: { weeksBack: 8, hourOfWeek, weeklyTotals: [100, 110], hours: [] },
    ...overrides,
  };
}

export function coverageRisk(overrides: Partial<CoverageRiskAnswer> = {}): CoverageRiskAnswer {
  return {
    from: '2026-06-08',
    to: '2026-12-07',
    weeks: [
      { weekStart: '2026-10-26', good: 30, risk: 6, gap: 3, busFactorOne: 7 },
      { weekStart: '2026-11-02', good: 31, risk: 5, gap: 3, busFactorOne: 6 },
      { weekStart: '2026-12-07', good: 33, risk: 4, gap: 2, busFactorOne: 5 },
    ],
    now: { weekStart: '2026-12-07', good: 33, risk: 4, gap: 2, busFactorOne: 5 },
    byCriticality: [
      { criticality: 1, busFactorOne: 2, risk: 1, gap: 1 },
      { criticality: 2, busFactorOne: 3, risk: 3, gap: 1 },
    ],
    attention: [
      { id: 3, name: 'Epic Willow (Pharmacy)', criticality: 1, status: 'GAP', busFactor: 1 },
      { id: 5, name: 'Alaris pump library', criticality: 2, status: 'RISK', busFactor: 1 },
    ],
    ...overrides,
  };
}
