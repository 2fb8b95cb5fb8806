import type { Draft, Vendor, VendorCase } from '@/features/vendors';
import { json } from './fetch-mock';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

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

export function vendor(overrides: Partial<Vendor> = {}): Vendor {
  return {
    id: 1,
    name: 'Epic Systems',
    channel: 'EMAIL',
    caseEmail: 'support@epic.example',
    connectorId: null,
    casePattern: 'Case #(\\d{6,})',
    subjectTemplate: '[{{hospital}}] {{number}}: {{title}}',
    bodyTemplate: 'Hello {{vendor}},\n\n{{description}}\n\n{{agent}}',
    contacts: [
      { name: 'Jane Moss', email: 'jane@epic.example', phone: '+1 608 555 0100', role: 'TAM' },
    ],
    applications: [{ id: 11, name: 'Epic Hyperspace' }],
    openCases: 2,
    businessAssociate: false,
    version: 3,
    ...overrides,
  };
}

export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    vendorId: 1,
    vendorName: 'Epic Systems',
    channel: 'EMAIL',
    to: 'support@epic.example',
    subject: '[Riverside Health] INC-000005: Ticket 5',
    body: 'Hello Epic Systems,\n\nPatient [MRN removed] cannot print.\n\nDana Whitfield',
    filtered: true,
    removed: { MRN: 1, PHONE: 2 },
    problem: null,
    ...overrides,
  };
}

export function vendorCase(overrides: Partial<VendorCase> = {}): VendorCase {
  return {
    id: 70,
    ticketId: 5,
    ticketNumber: 'INC-000005',
    ticketTitle: 'Ticket 5',
    ticketStatus: 'PENDING',
    pendingReason: 'VENDOR',
    priority: 'P2',
    vendorId: 1,
    vendorName: 'Epic Systems',
    caseNumber: null,
    status: 'OPEN',
    openedAt: new Date(Date.now() - 12 * 86_400_000 - 3_600_000).toISOString(),
    openedBy: 'Dana Whitfield',
    escalations: 1,
    lastSentAt: null,
    delivery: 'QUEUED',
    deliveryError: 'No outgoing mail server is configured',
    lastReplyAt: null,
    closedAt: null,
    closedBy: null,
    closeNote: null,
    version: 0,
    ...overrides,
  };
}

/**
 * The vendor escalation API of issue #20 as a small stateful fake: the directory (list, add,
 * change with version), drafts, a ticket's cases and the case list. Pass `handlers` to
 * `fakeBackend`; `state.sent` holds every write with its body.
 */
export function fakeVendors(
  initial: { vendors?: Vendor[]; cases?: VendorCase[]; draft?: Draft } = {},
) {
  const state = {
    vendors: [...(initial.vendors ?? [])],
    cases: [...(initial.cases ?? [])],
    draft: initial.draft ?? draft(),
    sent: [] as { method: string; path: string; body: unknown }[],
    /** The next write answers this instead (a 400, 409 or 422), once. */
    refuse: null as Response | null,
  };
  const bodyOf = (init: RequestInit | undefined): Record<string, unknown> =>
    init?.body ? (JSON.parse(init.body as string) as Record<string, unknown>) : {};
  const write = (method: string, url: URL, init: RequestInit | undefined) => {
    state.sent.push({ method, path: url.pathname + url.search, body: bodyOf(init) });
    const refusal = state.refuse;
    state.refuse = null;
    return refusal;
  };
  const idAt = (url: URL, at: number) => Number(url.pathname.split('/')[at]);
  const page = <T>(items: T[], url: URL) => ({
    items,
    page: Number(url.searchParams.get('page') ?? 0),
    size: Number(url.searchParams.get('size') ?? 20),
    total: items.length,
  });
  const updateCase = (id: number, change: Partial<VendorCase>) => {
    const index = state.cases.findIndex((c) => c.id === id);
    const current = state.cases[index]!;
    const next = { ...current, ...change, version: current.version + 1 };
    state.cases[index] = next;
    return json(next);
  };

  const handlers: Record<string, Handler> = {
    'GET /api/vendors': (url) => {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return json(
        page(
          state.vendors.filter((v) => v.name.toLowerCase().includes(q)),
          url,
        ),
      );
    },
    'POST /api/vendors': (url, init) => {
      const refusal = write('POST', url, init);
      if (refusal) return refusal;
      const created = vendor({
        id: 100 + state.vendors.length,
        name: String(bodyOf(init).name),
        channel: null,
        caseEmail: null,
        casePattern: null,
        contacts: [],
        applications: [],
        openCases: 0,
        version: 0,
      });
      state.vendors.push(created);
      return json(created, 201);
    },
    'PUT /api/vendors/:id': (url, init) => {
      const refusal = write('PUT', url, init);
      if (refusal) return refusal;
      const id = idAt(url, 3);
      const index = state.vendors.findIndex((v) => v.id === id);
      const next = { ...state.vendors[index]!, ...bodyOf(init) };
      next.version += 1;
      state.vendors[index] = next;
      return json(next);
    },
    'GET /api/tickets/:id/vendor-case-draft': (url) => {
      const chosen = url.searchParams.get('vendorId');
      if (chosen === null && state.draft.vendorId === 0) {
        const message = "The ticket's application names no vendor: pick the vendor to escalate to.";
        return problemOf(422, 'Unprocessable Entity', `vendorId: ${message}`, {
          errors: [{ field: 'vendorId', message }],
        });
      }
      if (chosen !== null) {
        const v = state.vendors.find((candidate) => candidate.id === Number(chosen));
        return json({
          ...state.draft,
          vendorId: Number(chosen),
          vendorName: v?.name ?? 'Vendor',
          to: v?.caseEmail ?? null,
          subject: `[Riverside Health] INC-000005 for ${v?.name ?? 'Vendor'}`,
        });
      }
      return json(state.draft);
    },
    'POST /api/tickets/:id/vendor-cases': (url, init) => {
      const refusal = write('POST', url, init);
      if (refusal) return refusal;
      const body = bodyOf(init);
      const created = vendorCase({
        id: 200 + state.cases.length,
        ticketId: idAt(url, 3),
        vendorId: Number(body.vendorId),
        vendorName: state.draft.vendorName,
        openedAt: new Date().toISOString(),
      });
      state.cases.unshift(created);
      return json(created, 201);
    },
    'GET /api/tickets/:id/vendor-cases': (url) =>
      json({ items: state.cases.filter((c) => c.ticketId === idAt(url, 3)) }),
    'GET /api/vendor-cases': (url) => {
      const status = url.searchParams.get('status') ?? 'OPEN';
      const vendorId = url.searchParams.get('vendorId');
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const items = state.cases.filter(
        (c) =>
          (status === 'ALL' || c.status === status) &&
          (vendorId === null || c.vendorId === Number(vendorId)) &&
          `${c.ticketNumber} ${c.ticketTitle} ${c.caseNumber ?? ''}`.toLowerCase().includes(q),
      );
      const open = state.cases.filter((c) => c.status === 'OPEN');
      const vendors = [...new Set(open.map((c) => c.vendorId))].map((id) => {
        const mine = open.filter((c) => c.vendorId === id);
        return {
          vendorId: id,
          vendorName: mine[0]!.vendorName,
          open: mine.length,
          oldestOpenedAt: mine.map((c) => c.openedAt).sort()[0]!,
        };
      });
      return json({ ...page(items, url), vendors });
    },
    'PATCH /api/vendor-cases/:id': (url, init) =>
      write('PATCH', url, init) ??
      updateCase(idAt(url, 3), { caseNumber: String(bodyOf(init).caseNumber) }),
    'POST /api/vendor-cases/:id/close': (url, init) =>
      write('POST', url, init) ??
      updateCase(idAt(url, 3), {
        status: 'CLOSED',
        closeNote: String(bodyOf(init).note),
        closedAt: new Date().toISOString(),
        closedBy: 'Dana Whitfield',
      }),
    'GET /api/vendor-cases/:id/draft': () =>
      json({ ...state.draft, subject: 'RE: Case #0123456 INC-000005', filtered: false }),
    'POST /api/vendor-cases/:id/re-escalate': (url, init) => {
      const refusal = write('POST', url, init);
      if (refusal) return refusal;
      const id = idAt(url, 3);
      const current = state.cases.find((c) => c.id === id)!;
      return updateCase(id, { status: 'OPEN', escalations: current.escalations + 1 });
    },
  };
  return { state, handlers };
}
