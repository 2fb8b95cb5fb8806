import { Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { describeError } from '@/lib/errors';
import { useTicketCannedReplies } from '../api/canned-replies';

/**
 * A searchable list of the canned replies the agent may use on this ticket, already filled in by
 * the server (requester, ticket number…); choosing one hands its text to the reply box to edit.
 */
export function CannedReplyPicker({
  ticketId,
  onInsert,
}: {
  ticketId: number;
  onInsert: (text: string) => void;
}) {
  const replies = useTicketCannedReplies(ticketId);
  const [value, setValue] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const reply of replies.data ?? []) {
      const items = groups.get(reply.groupName) ?? [];
      items.push({ value: String(reply.id), label: reply.title });
      groups.set(reply.groupName, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [replies.data]);
  const none = replies.isSuccess && replies.data.length === 0;

  return (
    <div>
      <Select
        label="Canned reply"
        placeholder={
          replies.isPending
            ? 'Loading canned replies…'
            : none
              ? 'Your groups have no canned replies yet'
              : 'Search canned replies to insert…'
        }
        data={data}
        value={value}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        clearable
        disabled={!replies.isSuccess || none}
        nothingFoundMessage="No canned reply matches"
        maxDropdownHeight={280}
        w={{ base: '100%', sm: 360 }}
        onChange={(id) => {
          const reply = replies.data?.find((candidate) => String(candidate.id) === id);
          if (reply) onInsert(reply.text);
          // Ready for the next one: the choice lives on in the text, not in the select.
          setValue(null);
          setSearch('');
        }}
      />
      {replies.isError && (
        <Text size="xs" c="red" mt={4}>
          Canned replies could not be loaded: {describeError(replies.error).title}
        </Text>
      )}
    </div>
  );
}
