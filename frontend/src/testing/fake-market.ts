import type {
  ComparedProposal,
  Match,
  PartnerProfile,
  Proposal,
  StaffingRequest,
} from '@/features/market';
import { json } from './fetch-mock';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export const NORTHWIND_ID = 2;
export const APEX_ID = 3;

export function problemOf(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  return json(
    { type: 'about:blank', title, status, detail, ...extra },
    status,
    'application/problem+json',
  );
}

export function staffingRequest(overrides: Partial<StaffingRequest> = {}): StaffingRequest {
  return {
    id: 4,
    title: 'Level 3+ support for Telestroke Network',
    kind: 'TEMPORARY',
    status: 'OPEN',
    applications: [
      { id: 12, name: 'Telestroke Network' },
      { id: 13, name: 'Epic ClinDoc' },
    ],
    minimumLevel: 3,
    peopleNeeded: 2,
    hoursPerWeek: 80,
    supportWindow: '24x7',
    startsOn: '2026-12-21',
    endsOn: '2027-03-31',
    notes: 'Remote is fine.',
    rationale: 'Nobody is at level 3 or above.',
    createdBy: 'leader',
    createdAt: '2026-12-01T15:00:00Z',
    updatedAt: '2026-12-01T15:00:00Z',
    version: 0,
    history: [],
    audience: null,
    publishedTo: [],
    ...overrides,
  };
}

export function partner(overrides: Partial<PartnerProfile> = {}): PartnerProfile {
  return {
    id: NORTHWIND_ID,
    name: 'Northwind Managed Services',
    summary: 'After-hours service desk and Epic application support.',
    regions: ['US East'],
    tiers: ['L1', 'L2'],
    offerings: [
      {
        kind: 'SERVICE_DESK_TIER',
        description: 'Overnight L1',
        rates: [{ role: 'L1 analyst', hourlyRate: 55 }],
      },
    ],
    capabilities: [{ applicationId: 13, application: 'Epic ClinDoc', level: 3 }],
    agreement: { reference: 'BAA-2025-014', effectiveFrom: '2025-01-01', effectiveUntil: null },
    activeEngagements: 1,
    certifications: ['ITIL 4'],
    people: [
      {
        name: 'Lena Ortiz',
        title: 'Epic analyst',
        zone: 'America/New_York',
        capacityHours: 40,
        shifts: [{ day: 'MON', from: '07:00', to: '19:00' }],
        skills: [{ applicationId: 13, application: 'Epic ClinDoc', level: 3 }],
      },
    ],
    version: 5,
    updatedAt: '2026-11-30T10:00:00Z',
    updatedBy: 'partnermgr',
    ...overrides,
  };
}

export const APEX = partner({
  id: APEX_ID,
  name: 'Apex Clinical IT Staffing',
  summary: 'Legacy application support.',
  tiers: ['L2', 'L3'],
  agreement: null,
  capabilities: [{ applicationId: 12, application: 'Telestroke Network', level: 4 }],
  people: [],
  version: 1,
});

export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 31,
    staffingRequestId: 4,
    request: { id: 4, title: 'Level 3+ support for Telestroke Network' },
    partner: { id: NORTHWIND_ID, name: 'Northwind Managed Services' },
    status: 'SUBMITTED',
    people: [
      {
        name: 'Lena Ortiz',
        email: null,
        title: 'Epic analyst',
        zone: 'America/New_York',
        capacityHours: 40,
        shifts: [{ day: 'MON', from: '19:00', to: '07:00' }],
        skills: [{ applicationId: 12, application: 'Telestroke Network', level: 3 }],
      },
    ],
    hourlyRate: 85,
    weeklyCost: 3400,
    tier: 'L2',
    commitments: { responseMinutes: 30, resolutionHours: 8, notes: null },
    startsOn: '2026-12-21',
    endsOn: '2027-03-31',
    notes: 'Both on nights.',
    decisionComment: null,
    engagementId: null,
    createdBy: 'partnermgr',
    submittedAt: '2026-12-02T09:00:00Z',
    decidedAt: null,
    version: 2,
    history: [],
    ...overrides,
  };
}

export function match(overrides: Partial<Match> = {}): Match {
  return {
    partnerId: NORTHWIND_ID,
    name: 'Northwind Managed Services',
    score: 72,
    applicationsCovered: 1,
    applicationsRequested: 2,
    windowCoverage: 0.5,
    reasons: ['covers 1 of 2 applications at level ≥ 3', 'no nights'],
    published: false,
    proposals: 0,
    ...overrides,
  };
}

export interface MarketState {
  requests: StaffingRequest[];
  partners: PartnerProfile[];
  proposals: Proposal[];
  matches: Match[];
  compared: ComparedProposal[];
  /** The writes made, in order. */
  sent: { method: string; path: string; body: unknown }[];
  /** Set to answer the next write with this response instead. */
  failNext: Response | null;
}

const page = <T>(items: T[], url: URL) => {
  const size = Number(url.searchParams.get('size') ?? 20);
  const number = Number(url.searchParams.get('page') ?? 0);
  return json({
    items: items.slice(number * size, number * size + size),
    page: number,
    size,
    total: items.length,
  });
};

const idOf = (url: URL, at = 3) => Number(url.pathname.split('/')[at]);

/**
 * A stateful fake of the marketplace API of issue #21, scoped as the contract says: a partner's
 * manager (organisation `partnerId`) reads its own partner, the requests published to it and its
 * own proposals; the hospital reads everything.
 */
export function fakeMarket(
  init: Partial<Omit<MarketState, 'sent' | 'failNext'>> = {},
  { partnerId = null }: { partnerId?: number | null } = {},
) {
  const state: MarketState = {
    requests: init.requests ?? [staffingRequest()],
    partners: init.partners ?? [partner(), APEX],
    proposals: init.proposals ?? [],
    matches: init.matches ?? [match()],
    compared: init.compared ?? [],
    sent: [],
    failNext: null,
  };
  const write = (method: string, url: URL, init: RequestInit | undefined) => {
    const body: unknown = init?.body ? JSON.parse(init.body as string) : null;
    state.sent.push({ method, path: url.pathname, body });
    const fail = state.failNext;
    state.failNext = null;
    return { body: body as Record<string, unknown>, fail };
  };
  const visible = (r: StaffingRequest) =>
    partnerId === null ||
    (r.status !== 'OPEN' &&
      (r.audience === 'ALL' || (r.publishedTo ?? []).some((p) => p.partnerId === partnerId)));
  const forPartner = (r: StaffingRequest): StaffingRequest =>
    partnerId === null ? r : { ...r, publishedTo: undefined };
  const summary = (p: PartnerProfile) => ({ ...p, people: p.people.length });

  const handlers: Record<string, Handler> = {
    'GET /api/staffing-requests': (url) => {
      const status = url.searchParams.get('status');
      return page(
        state.requests
          .filter((r) => visible(r) && (!status || r.status === status))
          .map(forPartner),
        url,
      );
    },
    'GET /api/staffing-requests/:id': (url) => {
      const r = state.requests.find((x) => x.id === idOf(url));
      return r && visible(r) ? json(forPartner(r)) : problemOf(404, 'Not Found', 'No such request');
    },
    'POST /api/staffing-requests/:id/publish': (url, init) => {
      const { body, fail } = write('POST', url, init);
      if (fail) return fail;
      const i = state.requests.findIndex((x) => x.id === idOf(url));
      const r = state.requests[i]!;
      if (body.version !== r.version) return problemOf(409, 'Conflict', 'Stale version');
      const ids = (body.partnerIds as number[] | undefined) ?? [];
      const next: StaffingRequest = {
        ...r,
        status: 'PUBLISHED',
        audience: body.all ? 'ALL' : 'SHORTLIST',
        publishedTo: body.all
          ? state.partners.map((p) => ({
              partnerId: p.id,
              name: p.name,
              at: '2026-12-06T20:00:00Z',
            }))
          : ids.map((id) => ({
              partnerId: id,
              name: state.partners.find((p) => p.id === id)?.name ?? '?',
              at: '2026-12-06T20:00:00Z',
            })),
        version: r.version + 1,
      };
      state.requests[i] = next;
      return json(next);
    },
    'GET /api/staffing-requests/:id/matches': () => json({ items: state.matches }),
    // As the API answers: each entry {proposal, whatIf}.
    'GET /api/staffing-requests/:id/comparison': (url) =>
      json({
        request: state.requests.find((x) => x.id === idOf(url)),
        proposals: state.compared.map(({ whatIf, ...proposal }) => ({ proposal, whatIf })),
      }),
    'GET /api/partners': (url) => {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return page(
        state.partners
          .filter((p) => partnerId === null || p.id === partnerId)
          .filter((p) => !q || p.name.toLowerCase().includes(q))
          .map(summary),
        url,
      );
    },
    'GET /api/partners/:id': (url) => {
      const p = state.partners.find((x) => x.id === idOf(url));
      return p && (partnerId === null || p.id === partnerId)
        ? json(p)
        : problemOf(404, 'Not Found', 'No such partner');
    },
    'PUT /api/partners/:id': (url, init) => {
      const { body, fail } = write('PUT', url, init);
      if (fail) return fail;
      const i = state.partners.findIndex((x) => x.id === idOf(url));
      const p = state.partners[i]!;
      if (body.version !== p.version) return problemOf(409, 'Conflict', 'Stale version');
      const next = { ...p, summary: body.summary as string, version: p.version + 1 };
      state.partners[i] = next;
      return json(next);
    },
    // Not paged, as the API answers.
    'GET /api/proposals': (url) => {
      const status = url.searchParams.get('status');
      const items = state.proposals.filter(
        (p) =>
          (partnerId === null ? p.status !== 'DRAFT' : p.partner.id === partnerId) &&
          (!status || p.status === status),
      );
      return json({ items, total: items.length });
    },
    'GET /api/proposals/:id': (url) => {
      const p = state.proposals.find((x) => x.id === idOf(url));
      return p ? json(p) : problemOf(404, 'Not Found', 'No such proposal');
    },
    'POST /api/proposals': (url, init) => {
      const { body, fail } = write('POST', url, init);
      if (fail) return fail;
      const request = state.requests.find((r) => r.id === body.staffingRequestId)!;
      const created = proposal({
        ...(body as Partial<Proposal>),
        id: 90 + state.proposals.length,
        request: { id: request.id, title: request.title },
        partner: { id: partnerId ?? NORTHWIND_ID, name: 'Northwind Managed Services' },
        status: 'DRAFT',
        submittedAt: null,
        version: 0,
        people: (body.people as Proposal['people']).map((person) => ({
          ...person,
          email: person.email ?? null,
          title: person.title ?? null,
          skills: person.skills.map((s) => ({
            ...s,
            application: request.applications.find((a) => a.id === s.applicationId)?.name ?? '?',
          })),
        })),
      });
      state.proposals.push(created);
      return json(created, 201);
    },
    'PUT /api/proposals/:id': (url, init) => {
      const { body, fail } = write('PUT', url, init);
      if (fail) return fail;
      const i = state.proposals.findIndex((x) => x.id === idOf(url));
      const p = state.proposals[i]!;
      if (body.version !== p.version) return problemOf(409, 'Conflict', 'Stale version');
      state.proposals[i] = { ...p, ...(body as Partial<Proposal>), version: p.version + 1 };
      return json(state.proposals[i]);
    },
    'POST /api/proposals/:id/:step': (url, init) => {
      const { body, fail } = write('POST', url, init);
      if (fail) return fail;
      const step = url.pathname.split('/')[4];
      const id = idOf(url);
      const stored = state.proposals.find((x) => x.id === id);
      const compared = state.compared.find((x) => x.id === id);
      const p = stored ?? compared!;
      if (body.version !== p.version) return problemOf(409, 'Conflict', 'Stale version');
      const statuses: Record<string, Proposal['status']> = {
        submit: 'SUBMITTED',
        withdraw: 'WITHDRAWN',
        accept: 'ACCEPTED',
        decline: 'DECLINED',
      };
      const status = statuses[step ?? ''] ?? p.status;
      const next: Proposal = {
        ...p,
        status,
        version: p.version + 1,
        decisionComment: (body.comment as string | undefined) ?? p.decisionComment,
        engagementId: status === 'ACCEPTED' ? 40 : p.engagementId,
      };
      if (stored) state.proposals[state.proposals.indexOf(stored)] = next;
      if (compared) {
        state.compared[state.compared.indexOf(compared)] = { ...compared, ...next };
      }
      if (status === 'ACCEPTED') {
        state.requests = state.requests.map((r) =>
          r.id === p.staffingRequestId ? { ...r, status: 'AWARDED', version: r.version + 1 } : r,
        );
      }
      return json(next);
    },
    'GET /api/applications': (url) =>
      page(
        [
          { id: 12, name: 'Telestroke Network' },
          { id: 13, name: 'Epic ClinDoc' },
        ],
        url,
      ),
    'GET /api/sla/olas': () => json({ items: [] }),
  };
  return { state, handlers };
}

/** Who signs in: a partner's manager of Northwind. */
export function partnerManager() {
  return json({
    username: 'partnermgr',
    displayName: 'Priya Raman',
    roles: ['partner-manager', 'partner-agent'],
    organization: { id: NORTHWIND_ID, name: 'Northwind Managed Services', kind: 'PARTNER' },
  });
}
