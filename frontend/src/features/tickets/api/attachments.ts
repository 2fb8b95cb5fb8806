import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, saveFile } from '@/lib/api';
import type { Attachment, Visibility } from '../types';
import { ticketKeys } from './keys';

/** The largest file the desk accepts (medley.desk.attachments.max-bytes by default). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the desk accepts; the server checks the file's bytes, this only guides the file picker. */
export const ACCEPTED_FILES =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.log,.docx,.xlsx,.pptx';

/** The server's size limit answers 413, often without a problem document: say what it means. */
function tooLarge(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status !== 413) return error;
  return new ApiError({
    status: 413,
    title: 'The file is too large',
    detail: error.detail ?? 'Files up to 10 MB can be attached.',
    type: error.type,
    problem: error.problem,
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
  try {
    return await api.upload<Attachment>(`/api/tickets/${id}/attachments`, form);
  } catch (error) {
    throw tooLarge(error);
  }
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
  const blob = await api.download(`/api/tickets/${ticketId}/attachments/${attachment.id}`);
  saveFile(blob, attachment.filename);
}
