import { Alert, Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import type { Ref } from 'react';
import { describeError } from '@/lib/errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useAddComment } from '../api/add-comment';
import type { Visibility } from '../types';
import { fieldErrorsOf } from '@/lib/field-errors';
import { errorFor } from '../utils/errors';
import { CannedReplyPicker } from './CannedReplyPicker';

interface ReplyBoxProps {
  ticketId: number;
  /** Offer the internal note (desk only). */
  allowInternal: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
  label?: string;
  placeholder?: string;
  /** Offer the ticket's canned replies (those working the ticket). */
  cannedReplies?: boolean;
}

/** A public reply to the requester, or an internal note for the desk. */
export function ReplyBox({
  ticketId,
  allowInternal,
  textareaRef,
  label = 'Reply',
  placeholder,
  cannedReplies = false,
}: ReplyBoxProps) {
  const form = useDraftForm<{ body: string; visibility: Visibility }>(
    { body: '', visibility: 'PUBLIC' },
    ({ body }) => ({ body: body.trim() === '' ? 'Write something first' : null }),
  );
  const add = useAddComment(ticketId);
  const errors = fieldErrorsOf(add.error);

  const send = form.onSubmit(({ body, visibility }) =>
    add.mutate(
      { body: body.trim(), visibility },
      // The next reply starts blank, to the same audience.
      { onSuccess: () => form.restart({ body: '' }) },
    ),
  );

  const internal = form.values.visibility === 'INTERNAL';
  return (
    <Stack gap="xs">
      {allowInternal && (
        <SegmentedControl
          value={form.values.visibility}
          onChange={(value) => form.setFieldValue('visibility', value)}
          data={[
            { value: 'PUBLIC', label: 'Public reply (requester sees it)' },
            { value: 'INTERNAL', label: 'Internal note (desk only)' },
          ]}
          w="fit-content"
          aria-label="Who sees this comment"
        />
      )}
      {cannedReplies && (
        <CannedReplyPicker
          ticketId={ticketId}
          onInsert={(text) =>
            form.setFieldValue('body', (current) =>
              current.trim() === '' ? text : `${current.trimEnd()}\n\n${text}`,
            )
          }
        />
      )}
      <Textarea
        ref={textareaRef}
        label={allowInternal ? (internal ? 'Internal note' : 'Public reply') : label}
        placeholder={
          placeholder ??
          (internal
            ? 'Notes for colleagues: what you tried, what you found. The requester never sees this.'
            : 'Write to the requester in plain words.')
        }
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('body')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
        }}
        error={form.errors.body ?? errorFor(errors, 'body')}
        maxLength={20000}
        styles={internal ? { input: { background: 'var(--mantine-color-yellow-0)' } } : undefined}
      />
      {add.isError && errors.length === 0 && (
        <Alert color="red" variant="light" role="alert" title="Not sent">
          {describeError(add.error).detail ?? describeError(add.error).title}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={() => send()}
          loading={add.isPending}
          color={internal ? 'yellow' : undefined}
          c={internal ? 'dark' : undefined}
        >
          {internal ? 'Add internal note' : 'Send reply'}
        </Button>
      </Group>
    </Stack>
  );
}
