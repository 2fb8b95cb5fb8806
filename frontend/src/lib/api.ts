/**
 * The one HTTP client of the SPA. It sends the bearer token, parses JSON, and turns every
 * failure into an ApiError: RFC 9457 problem details from the backend where there are any,
 * a plain description of the status otherwise. A 401 on an authenticated call ends the session,
 * which sends the user back to the sign-in page.
 */
import { endSession, getToken } from './session';

/** RFC 9457 problem details, as the backend returns them with application/problem+json. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly problem?: ProblemDetails;

  constructor(args: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    problem?: ProblemDetails;
  }) {
    super(args.detail ? `${args.title}: ${args.detail}` : args.title);
    this.name = 'ApiError';
    this.status = args.status;
    this.title = args.title;
    this.detail = args.detail;
    this.type = args.type ?? 'about:blank';
    this.problem = args.problem;
  }

  /** True when the request never got an HTTP answer (offline, backend down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'The request was not accepted',
  401: 'You are not signed in',
  403: 'You do not have access to this',
  404: 'Not found',
  409: 'Someone else changed this first',
  429: 'Too many requests',
  500: 'Medley ran into a problem',
  502: 'Medley is not reachable',
  503: 'Medley is temporarily unavailable',
  504: 'Medley took too long to answer',
};

function titleForStatus(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? 'Medley ran into a problem' : 'Request failed');
}

function isProblemJson(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? '';
  return /application\/(problem\+)?json/i.test(contentType);
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | undefined;
  if (isProblemJson(response)) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = body as ProblemDetails;
    } catch {
      // A body that is not JSON after all: fall back to the status below.
    }
  }
  const title =
    typeof problem?.title === 'string' && problem.title.trim() !== ''
      ? problem.title
      : titleForStatus(response.status);
  const detail = typeof problem?.detail === 'string' ? problem.detail : undefined;
  return new ApiError({
    status: response.status,
    title,
    detail,
    type: typeof problem?.type === 'string' ? problem.type : undefined,
    problem,
  });
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Send the bearer token and treat a 401 as "the session has ended" (default true).
   * Anonymous calls such as the sign-in itself pass false, so their 401 is just an error.
   */
  authenticated?: boolean;
}

/**
 * One call: the bearer token on, and every failure (no answer, a non-2xx status) thrown as an
 * ApiError. `body` goes as it is: JSON is the caller's to serialise.
 */
async function send(
  path: string,
  init: { method: string; headers: Record<string, string>; body?: BodyInit; signal?: AbortSignal },
  authenticated: boolean,
): Promise<Response> {
  const headers = { ...init.headers };
  const token = authenticated ? getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      title: 'Medley is not reachable',
      detail: 'Check your network connection and try again.',
    });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && authenticated) endSession('expired');
    throw error;
  }
  return response;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, authenticated = true } = options;
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await send(
    path,
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal },
    authenticated,
  );
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * GET a file (an export, an attachment) as a Blob; `accept` names what the caller wants (CSV,
 * XLSX, anything). Links cannot carry the bearer token, so files come through here.
 */
export async function download(path: string, accept = '*/*'): Promise<Blob> {
  const response = await send(
    path,
    { method: 'GET', headers: { Accept: `${accept}, application/problem+json` } },
    true,
  );
  return response.blob();
}

/**
 * POST a file as it is (a CSV or XLSX import, with its `contentType`) or a multipart form (an
 * attachment: the browser sets the boundary), and read the JSON answer.
 */
export async function upload<T>(
  path: string,
  body: Blob | FormData,
  contentType?: string,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (contentType) headers['Content-Type'] = contentType;
  const response = await send(path, { method: 'POST', headers, body }, true);
  return (await response.json()) as T;
}

/** Hands a downloaded Blob to the browser as a file named `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
  download,
  upload,
};
