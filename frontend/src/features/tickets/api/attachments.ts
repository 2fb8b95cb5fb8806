import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type ProblemDetails } from '@/lib/api';
import { getToken } from '@/lib/session';
import type { Attachment, Visibility } from '../types';
import { ticketKeys } from './keys';

/** The largest file the desk accepts (medley.desk.attachments.max-bytes by default). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the desk accepts; the server checks the file's bytes, this only guides the file picker. */
export const ACCEPTED_FILES =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.log,.docx,.xlsx,.pptx';

function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function failure(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | undefined;
  try {
    problem = (await response.json()) as ProblemDetails;
  } catch {
    // not JSON: the status says enough
  }
  const tooLarge = response.status === 413;
  return new ApiError({
    status: response.status,
    title: tooLarge
      ? 'The file is too large'
      : typeof problem?.title === 'string'
        ? problem.title
        : `Request failed (${response.status})`,
    detail:
      typeof problem?.detail === 'string'
        ? problem.detail
        : tooLarge
          ? 'Files up to 10 MB can be attached.'
          : undefined,
    problem,
  });
}

export function getAttachments(id: number): Promise<Attachment[]> {
  return api.get<Attachment[]>(`/api/tickets/${id}/attachments`);
}

/** GET /api/tickets/{id}/attachments: the files the caller may see, oldest first. */
export function useAttachments(id: number) {
  return useQuery({ queryKey: ticketKeys.attachments(id), queryFn: () => getAttachments(id) });
}

/** POST /api/tickets/{id}/attachments (multipart): one file, PUBLIC or INTERNAL. */
export async function uploadAttachment(
  id: number,
  file: File,
  visibility: Visibility,
): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('visibility', visibility);
  const response = await fetch(`/api/tickets/${id}/attachments`, {
    method: 'POST',
    headers: { Accept: 'application/json, application/problem+json', ...authHeaders() },
    body: form,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as Attachment;
}

export function useUploadAttachment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, visibility }: { file: File; visibility: Visibility }) =>
      uploadAttachment(id, file, visibility),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.attachments(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.audit(id) }),
      ]),
  });
}

/**
 * Saves one file. Downloads need the bearer token, so the browser cannot follow a plain link:
 * the file is fetched and handed to the browser as a download.
 */
export async function downloadAttachment(ticketId: number, attachment: Attachment): Promise<void> {
  const response = await fetch(`/api/tickets/${ticketId}/attachments/${attachment.id}`, {
    headers: authHeaders(),
  });
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
