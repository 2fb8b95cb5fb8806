import { describe, expect, it, vi } from 'vitest';
import { authorizationOf, json, mockFetch, problem } from '@/testing/fetch-mock';
import { api, ApiError, saveFile } from './api';
import { getSignOutReason, getToken, startSession } from './session';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('sends the bearer token of the session', async () => {
    startSession('token-123', 3600);
    const fetchMock = mockFetch({ 'GET /api/me': () => json({ username: 'agent' }) });

    await expect(api.get('/api/me')).resolves.toEqual({ username: 'agent' });
    expect(authorizationOf(fetchMock.mock.calls[0]![1])).toBe('Bearer token-123');
  });

  it('sends no token on anonymous calls', async () => {
    startSession('token-123', 3600);
    const fetchMock = mockFetch({ 'GET /api/auth/config': () => json({ mode: 'builtin' }) });

    await api.get('/api/auth/config', { authenticated: false });
    expect(authorizationOf(fetchMock.mock.calls[0]![1])).toBeUndefined();
  });

  it('turns application/problem+json into an ApiError with its fields', async () => {
    mockFetch({
      'POST /api/tickets': () => problem(400, 'Invalid ticket', 'impact must be between 1 and 3'),
    });

    const error = await caught(api.post('/api/tickets', { impact: 7 }));
    expect(error.status).toBe(400);
    expect(error.title).toBe('Invalid ticket');
    expect(error.detail).toBe('impact must be between 1 and 3');
    expect(error.type).toBe('about:blank');
    expect(error.message).toBe('Invalid ticket: impact must be between 1 and 3');
  });

  it('keeps problem extensions', async () => {
    mockFetch({
      'PATCH /api/tickets/1': () =>
        json(
          { type: 'https://medley.example/conflict', title: 'Stale', status: 409, version: 4 },
          409,
          'application/problem+json',
        ),
    });

    const error = await caught(api.patch('/api/tickets/1', { version: 3 }));
    expect(error.status).toBe(409);
    expect(error.type).toBe('https://medley.example/conflict');
    expect(error.problem?.version).toBe(4);
  });

  it('describes a failure without a problem body by its status', async () => {
    mockFetch({
      'GET /api/me': () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    });

    const error = await caught(api.get('/api/me'));
    expect(error.status).toBe(502);
    expect(error.title).toBe('Medley is not reachable');
    expect(error.detail).toBeUndefined();
  });

  it('reports a network failure as status 0', async () => {
    mockFetch({
      'GET /api/me': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const error = await caught(api.get('/api/me'));
    expect(error.isNetworkError).toBe(true);
    expect(error.detail).toMatch(/network connection/);
  });

  it('ends the session on a 401 from an authenticated call', async () => {
    startSession('expired-token', 3600);
    mockFetch({ 'GET /api/me': () => problem(401, 'Unauthorized') });

    const error = await caught(api.get('/api/me'));
    expect(error.status).toBe(401);
    expect(getToken()).toBeNull();
    expect(getSignOutReason()).toBe('expired');
  });

  it('keeps the session on a 401 from an anonymous call', async () => {
    startSession('token-123', 3600);
    mockFetch({ 'POST /login': () => problem(401, 'Unauthorized', 'Bad credentials') });

    await caught(api.post('/login', { username: 'x', password: 'y' }, { authenticated: false }));
    expect(getToken()).toBe('token-123');
  });
});

describe('files through the api client', () => {
  it('downloads a file with the bearer token and what the caller accepts', async () => {
    startSession('token-123', 3600);
    const fetchMock = mockFetch({
      'GET /api/staff/export?format=csv': () =>
        new Response('email,name\r\nann@example.org,Ann\r\n', {
          headers: { 'Content-Type': 'text/csv' },
        }),
    });

    const file = await api.download('/api/staff/export?format=csv', 'text/csv');
    expect(await file.text()).toBe('email,name\r\nann@example.org,Ann\r\n');
    const init = fetchMock.mock.calls[0]![1];
    expect(authorizationOf(init)).toBe('Bearer token-123');
    expect((init?.headers as Record<string, string>).Accept).toBe(
      'text/csv, application/problem+json',
    );
  });

  it('turns a refused download into an ApiError and ends an expired session', async () => {
    startSession('expired-token', 3600);
    mockFetch({
      'GET /api/tickets/1/attachments/2': () => problem(401, 'Unauthorized', 'Token expired'),
    });

    const error = await caught(api.download('/api/tickets/1/attachments/2'));
    expect(error.status).toBe(401);
    expect(error.detail).toBe('Token expired');
    expect(getSignOutReason()).toBe('expired');
  });

  it('uploads a file as it is, with its content type, and reads the JSON answer', async () => {
    startSession('token-123', 3600);
    const fetchMock = mockFetch({
      'POST /api/staff/import?format=csv': () => json({ rows: 1, created: 1, updated: 0 }),
    });
    const csv = new Blob(['email\r\nann@example.org\r\n']);

    await expect(api.upload('/api/staff/import?format=csv', csv, 'text/csv')).resolves.toEqual({
      rows: 1,
      created: 1,
      updated: 0,
    });
    const init = fetchMock.mock.calls[0]![1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(csv);
    expect(authorizationOf(init)).toBe('Bearer token-123');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
  });

  it('leaves the content type of a multipart upload to the browser and keeps problem fields', async () => {
    const fetchMock = mockFetch({
      'POST /api/imports': () =>
        json(
          { title: 'Rows refused', status: 400, rows: [{ line: 2, message: 'bad' }] },
          400,
          'application/problem+json',
        ),
    });
    const form = new FormData();
    form.append('visibility', 'PUBLIC');

    const error = await caught(api.upload('/api/imports', form));
    expect(error.title).toBe('Rows refused');
    expect(error.problem?.rows).toEqual([{ line: 2, message: 'bad' }]);
    const headers = fetchMock.mock.calls[0]![1]?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
  });

  it('saves a downloaded file under its name', () => {
    const createObjectURL = vi.fn(() => 'blob:file');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });

    saveFile(new Blob(['x']), 'medley-staff.csv');
    expect(clicked).toEqual(['medley-staff.csv blob:file']);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:file');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
