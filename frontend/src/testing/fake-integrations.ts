import type {
  Connector,
  ConnectorInput,
  ConnectorStatus,
  DeadLetter,
} from '@/features/integrations';
import { json } from './fetch-mock';
import { fieldProblem } from './fake-backend';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

function problem(status: number, title: string, detail: string): Response {
  return json({ type: 'about:blank', title, status, detail }, status, 'application/problem+json');
}

export function connector(overrides: Partial<Connector> = {}): Connector {
  const id = overrides.id ?? 1;
  return {
    id,
    kind: 'REQUEST_TRACKER',
    name: 'Northwind RT',
    refSystem: 'NORTHWIND-RT',
    baseUrl: 'https://rt.northwind.example',
    auth: { type: 'TOKEN', secretSet: true },
    settings: { queue: 'Hospital' },
    statusMap: { inbound: {}, outbound: {} },
    webhookSecretSet: true,
    webhookUrl: `https://medley.riverside.example/api/integrations/${id}/webhook`,
    webhookTokenUrl: `https://medley.riverside.example/api/integrations/${id}/token`,
    webhookClientId: `medley-connector-${id}`,
    version: 0,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

export function deadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    eventId: '0b7c0e52-5a3e-4c1e-9d7e-2f1a7c9e0001',
    connectorId: 1,
    ticketId: 42,
    ticketNumber: 'INC-000042',
    kind: 'PUBLIC_COMMENT',
    attempts: 3,
    lastError: '422 Unprocessable: queue Hospital is disabled',
    parkedAt: '2026-12-06T09:00:00Z',
    createdAt: '2026-12-06T08:55:00Z',
    ...overrides,
  };
}

/**
 * The integrations API as a small stateful fake, in the shapes of issue #19: connectors (create,
 * change with version, delete, test), each connector's status and dead letters. Pass `handlers` to
 * {@link fakeBackend}; `state` shows what the screen did. A connector without a status answers 404,
 * as a server without the delivery side does.
 */
export function fakeIntegrations(
  initial: {
    connectors?: Connector[];
    status?: Record<number, ConnectorStatus>;
    deadLetters?: DeadLetter[];
  } = {},
) {
  const state = {
    connectors: [...(initial.connectors ?? [])],
    status: { ...(initial.status ?? {}) },
    deadLetters: [...(initial.deadLetters ?? [])],
    sent: [] as { method: string; path: string; body: unknown }[],
    tests: { ok: false, detail: 'No protocol for this desk yet', millis: 12 },
  };
  const idOf = (url: URL, at: number) => Number(url.pathname.split('/')[at]);
  const bodyOf = (init: RequestInit | undefined): unknown =>
    init?.body ? (JSON.parse(init.body as string) as unknown) : undefined;
  const record = (method: string, url: URL, init: RequestInit | undefined) =>
    state.sent.push({ method, path: url.pathname + url.search, body: bodyOf(init) });
  const find = (id: number) => state.connectors.find((c) => c.id === id);
  const notFound = () => problem(404, 'Not Found', 'No connector.');

  const fromInput = (input: ConnectorInput, base: Connector): Connector => ({
    ...base,
    kind: input.kind ?? base.kind,
    name: input.name ?? base.name,
    baseUrl: input.baseUrl ?? base.baseUrl,
    auth: {
      type: input.auth?.type ?? base.auth.type,
      username: input.auth?.username ?? undefined,
      clientId: input.auth?.clientId ?? undefined,
      tokenUrl: input.auth?.tokenUrl ?? undefined,
      secretSet:
        Boolean(input.auth?.token ?? input.auth?.password ?? input.auth?.clientSecret) ||
        (base.auth.secretSet && base.auth.type === input.auth?.type),
    },
    settings: input.settings ?? {},
    webhookSecretSet:
      input.webhookSecret === '' ? false : Boolean(input.webhookSecret) || base.webhookSecretSet,
  });

  const handlers: Record<string, Handler> = {
    'GET /api/integrations/connectors': (url) => {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const kind = url.searchParams.get('kind');
      const items = state.connectors.filter(
        (c) => (!q || c.name.toLowerCase().includes(q)) && (!kind || c.kind === kind),
      );
      return json({ items, page: 0, size: 50, total: items.length });
    },
    'POST /api/integrations/connectors': (url, init) => {
      record('POST', url, init);
      const input = bodyOf(init) as ConnectorInput;
      if (!input.name?.trim()) return fieldProblem([{ field: 'name', message: 'required' }]);
      const id = Math.max(0, ...state.connectors.map((c) => c.id)) + 1;
      const made = fromInput(
        input,
        connector({ id, auth: { type: 'NONE', secretSet: false }, webhookSecretSet: false }),
      );
      made.refSystem = (input.name ?? '').toUpperCase().replace(/[^A-Z0-9]+/g, '-');
      state.connectors.push(made);
      return json(made, 201);
    },
    'GET /api/integrations/connectors/:id': (url) => {
      const found = find(idOf(url, 4));
      return found ? json(found) : notFound();
    },
    'PUT /api/integrations/connectors/:id': (url, init) => {
      record('PUT', url, init);
      const found = find(idOf(url, 4));
      if (!found) return notFound();
      const input = bodyOf(init) as ConnectorInput;
      if (input.version !== found.version) {
        return problem(409, 'Conflict', `someone changed ${found.name}; reload it`);
      }
      const changed = { ...fromInput(input, found), version: found.version + 1 };
      state.connectors = state.connectors.map((c) => (c.id === found.id ? changed : c));
      return json(changed);
    },
    'DELETE /api/integrations/connectors/:id': (url, init) => {
      record('DELETE', url, init);
      const found = find(idOf(url, 4));
      if (!found) return notFound();
      state.connectors = state.connectors.filter((c) => c.id !== found.id);
      return new Response(null, { status: 204 });
    },
    'POST /api/integrations/connectors/:id/test': (url, init) => {
      record('POST', url, init);
      return find(idOf(url, 4)) ? json(state.tests) : notFound();
    },
    'GET /api/integrations/connectors/:id/status': (url) => {
      const status = state.status[idOf(url, 4)];
      return status ? json(status) : problem(404, 'Not Found', 'No status.');
    },
    'GET /api/integrations/dead-letters': (url) => {
      const connectorId = Number(url.searchParams.get('connectorId'));
      const items = state.deadLetters.filter((d) => d.connectorId === connectorId);
      return json({ items, page: 0, size: 20, total: items.length });
    },
    'GET /api/integrations/dead-letters/:eventId': (url) => {
      const letter = state.deadLetters.find((d) => d.eventId === url.pathname.split('/')[4]);
      return letter
        ? json({
            ...letter,
            payload: JSON.stringify({ kind: letter.kind, ticketNumber: letter.ticketNumber }),
          })
        : problem(404, 'Not Found', 'No dead letter.');
    },
    'POST /api/integrations/dead-letters/:eventId/redrive': (url, init) => {
      record('POST', url, init);
      const eventId = url.pathname.split('/')[4];
      state.deadLetters = state.deadLetters.filter((d) => d.eventId !== eventId);
      return new Response(null, { status: 204 });
    },
    'POST /api/integrations/dead-letters/:eventId/discard': (url, init) => {
      record('POST', url, init);
      const eventId = url.pathname.split('/')[4];
      state.deadLetters = state.deadLetters.filter((d) => d.eventId !== eventId);
      return new Response(null, { status: 204 });
    },
  };
  return { handlers, state };
}
