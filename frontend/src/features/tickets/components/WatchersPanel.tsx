import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useSetWatcher, useWatchers } from '../api/watchers';

/**
 * Colleagues who follow the ticket: they get a notice in Medley when someone comments, or the
 * status changes. The caller can watch or stop, and those working the ticket can add others who may
 * see it.
 */
export function WatchersPanel({ ticketId }: { ticketId: number }) {
  const watchers = useWatchers(ticketId);
  const set = useSetWatcher(ticketId);
  const [search, setSearch] = useState('');

  if (watchers.isPending) {
    return (
      <Text size="sm" c="dimmed">
        Loading watchers…
      </Text>
    );
  }
  if (watchers.isError) {
    return (
      <Text size="sm" c="red">
        Watchers could not be loaded: {describeError(watchers.error).title}
      </Text>
    );
  }
  const list = watchers.data;
  const me = list.callerAccountId;
  return (
    <Stack gap={6} aria-label="Watchers">
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          Watchers
        </Text>
        <Button
          size="compact-xs"
          variant={list.watching ? 'default' : 'light'}
          leftSection={
            list.watching ? <IconEyeOff size={12} aria-hidden /> : <IconEye size={12} aria-hidden />
          }
          loading={set.isPending && set.variables?.accountId === me}
          onClick={() => set.mutate({ accountId: me, watch: !list.watching })}
        >
          {list.watching ? 'Stop watching' : 'Watch'}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        They get a notice in Medley when someone comments or the status changes.
      </Text>
      {list.items.length === 0 && <Text size="sm">Nobody is watching</Text>}
      {list.items.map((watcher) => (
        <Group key={watcher.accountId} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">
            {watcher.name}
            {watcher.accountId === me ? ' (you)' : ''}
            <Text span size="xs" c="dimmed">
              {' · '}
              {watcher.organization}
            </Text>
          </Text>
          {list.canAdd && watcher.accountId !== me && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Remove ${watcher.name} from the watchers`}
              onClick={() => set.mutate({ accountId: watcher.accountId, watch: false })}
              loading={set.isPending && set.variables?.accountId === watcher.accountId}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {list.canAdd && (
        <Select
          size="xs"
          label="Add a watcher"
          placeholder={list.candidates.length === 0 ? 'Nobody else to add' : 'Search colleagues…'}
          data={list.candidates
            .filter((candidate) => candidate.accountId !== me)
            .map((candidate) => ({
              value: String(candidate.accountId),
              label: `${candidate.name} · ${candidate.organization}`,
            }))}
          value={null}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          disabled={list.candidates.length === 0}
          nothingFoundMessage="Nobody by that name can see this ticket"
          onChange={(id) => {
            if (id) set.mutate({ accountId: Number(id), watch: true });
            setSearch('');
          }}
        />
      )}
      {set.error && (
        <Text size="xs" c="red" role="alert">
          {describeError(set.error).detail ?? describeError(set.error).title}
        </Text>
      )}
    </Stack>
  );
}
