import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { usePutReference, useRemoveReference } from '../api/external-references';
import type { ExternalReference } from '../types';

/**
 * The ticket's ids at partner desks and vendors ("EPIC · SR-778812"). Those working the ticket add,
 * change (same system again) or remove them; everyone who sees the ticket sees them.
 */
export function ExternalReferences({
  ticketId,
  references,
  canEdit,
}: {
  ticketId: number;
  references: readonly ExternalReference[];
  canEdit: boolean;
}) {
  const put = usePutReference(ticketId);
  const remove = useRemoveReference(ticketId);
  const [adding, setAdding] = useState(false);
  const [system, setSystem] = useState('');
  const [externalId, setExternalId] = useState('');
  const error = put.error ?? remove.error;

  const submit = () => {
    put.mutate(
      { system: system.trim(), externalId: externalId.trim() },
      {
        onSuccess: () => {
          setSystem('');
          setExternalId('');
          setAdding(false);
        },
      },
    );
  };

  return (
    <Stack gap={6} aria-label="External references">
      <Text size="xs" c="dimmed">
        Partner and vendor references
      </Text>
      {references.length === 0 && !adding && <Text size="sm">None</Text>}
      {references.map((reference) => (
        <Group key={reference.system} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">
            <Text span fw={600}>
              {reference.system}
            </Text>{' '}
            <Text span ff="monospace">
              {reference.externalId}
            </Text>
          </Text>
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Remove the ${reference.system} reference`}
              onClick={() => remove.mutate(reference.system)}
              loading={remove.isPending && remove.variables === reference.system}
            >
              <IconTrash size={14} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit && !adding && (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} aria-hidden />}
          onClick={() => setAdding(true)}
          w="fit-content"
        >
          Add reference
        </Button>
      )}
      {canEdit && adding && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap={6}>
            <Group gap={6} grow>
              <TextInput
                size="xs"
                label="System"
                placeholder="EPIC"
                value={system}
                maxLength={60}
                onChange={(event) => setSystem(event.currentTarget.value)}
                required
              />
              <TextInput
                size="xs"
                label="Their ticket id"
                placeholder="SR-778812"
                value={externalId}
                maxLength={120}
                onChange={(event) => setExternalId(event.currentTarget.value)}
                required
              />
            </Group>
            <Group gap={6}>
              <Button size="compact-xs" type="submit" loading={put.isPending}>
                Save
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setAdding(false);
                  put.reset();
                }}
              >
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {describeError(error).detail ?? describeError(error).title}
        </Text>
      )}
    </Stack>
  );
}
