import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { describeError } from '@/lib/errors';
import {
  ACCEPTED_FILES,
  MAX_ATTACHMENT_BYTES,
  downloadAttachment,
  useAttachments,
  useUploadAttachment,
} from '../api/attachments';
import type { Attachment } from '../types';
import { formatBytes } from '../utils/bytes';
import { formatDateTime } from '@/lib/time';

/**
 * The ticket's files: a list with download buttons and, for those who may, an "Attach a file"
 * button. The desk can mark a file internal, like an internal note.
 */
export function Attachments({
  ticketId,
  canAttach,
  allowInternal,
}: {
  ticketId: number;
  canAttach: boolean;
  allowInternal: boolean;
}) {
  const files = useAttachments(ticketId);
  const upload = useUploadAttachment(ticketId);
  const [internal, setInternal] = useState(false);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const attach = (file: File | null) => {
    setTooLarge(null);
    upload.reset();
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setTooLarge(`${file.name} is ${formatBytes(file.size)}; files up to 10 MB can be attached.`);
      return;
    }
    upload.mutate({ file, visibility: internal ? 'INTERNAL' : 'PUBLIC' });
  };

  const save = (attachment: Attachment) => {
    setDownloadError(null);
    downloadAttachment(ticketId, attachment).catch((error: unknown) =>
      setDownloadError(describeError(error).detail ?? 'The file could not be downloaded.'),
    );
  };

  return (
    <Stack gap="xs" aria-label="Attachments">
      <Group justify="space-between">
        <Title order={2} size="h5">
          Attachments
        </Title>
        {canAttach && (
          <Group gap="xs">
            {allowInternal && (
              <Checkbox
                size="xs"
                label="Internal (desk only)"
                checked={internal}
                onChange={(event) => setInternal(event.currentTarget.checked)}
              />
            )}
            <FileButton onChange={attach} accept={ACCEPTED_FILES}>
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant="default"
                  leftSection={<IconPaperclip size={14} aria-hidden />}
                  loading={upload.isPending}
                >
                  Attach a file
                </Button>
              )}
            </FileButton>
          </Group>
        )}
      </Group>
      {canAttach && (
        <Text size="xs" c="dimmed">
          Screenshots, PDFs, Office documents or text files, up to 10 MB.
        </Text>
      )}
      {(tooLarge ?? upload.error) && (
        <Alert color="red" title="The file was not attached" role="alert">
          {tooLarge ?? describeError(upload.error).detail ?? describeError(upload.error).title}
        </Alert>
      )}
      {downloadError && (
        <Alert color="red" title="Download failed" role="alert">
          {downloadError}
        </Alert>
      )}
      {files.isPending ? (
        <Text size="sm" c="dimmed" role="status">
          Loading files…
        </Text>
      ) : files.isError ? (
        <ErrorState
          title="We could not load the files"
          error={files.error}
          onRetry={() => void files.refetch()}
        />
      ) : files.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No files attached.
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {files.data.map((file) => (
            <Group key={file.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <UnstyledButton
                onClick={() => save(file)}
                aria-label={`Download ${file.filename}`}
                style={{ minWidth: 0 }}
              >
                <Group gap={6} wrap="nowrap">
                  <IconDownload size={16} aria-hidden />
                  <Text size="sm" c="blue" truncate>
                    {file.filename}
                  </Text>
                </Group>
              </UnstyledButton>
              <Group gap={6} wrap="nowrap">
                {file.visibility === 'INTERNAL' && (
                  <Badge size="xs" color="gray" variant="light">
                    Internal
                  </Badge>
                )}
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(file.sizeBytes)} · {file.uploadedBy} ·{' '}
                  {formatDateTime(file.createdAt)}
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
