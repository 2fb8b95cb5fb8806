import { Badge, Group, Paper, Stack, Text, Timeline as MantineTimeline } from '@mantine/core';
import { IconHistory, IconLock, IconMessage } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { AuditEntry, Comment } from '../types';
import { describeAudit, mergeTimeline, type AuditNames } from '../utils/timeline';
import { ago, formatDateTime } from '@/lib/time';

interface TimelineProps {
  comments: readonly Comment[];
  audit: readonly AuditEntry[];
  names?: AuditNames;
}

/** Comments and changes in the order they happened; internal notes stand out from replies. */
export function Timeline({ comments, audit, names }: TimelineProps) {
  const entries = useMemo(() => mergeTimeline(comments, audit), [comments, audit]);
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing has happened on this ticket yet.
      </Text>
    );
  }
  return (
    <MantineTimeline bulletSize={26} lineWidth={2} aria-label="Ticket history">
      {entries.map((item) =>
        item.kind === 'comment' ? (
          <MantineTimeline.Item
            key={item.key}
            bullet={
              item.comment.visibility === 'INTERNAL' ? (
                <IconLock size={14} aria-hidden />
              ) : (
                <IconMessage size={14} aria-hidden />
              )
            }
            color={item.comment.visibility === 'INTERNAL' ? 'yellow' : 'blue'}
            data-testid="timeline-comment"
          >
            <Group gap="xs" mb={4}>
              <Text size="sm" fw={600}>
                {item.comment.authorName}
              </Text>
              {item.comment.visibility === 'INTERNAL' ? (
                <Badge size="xs" color="yellow" variant="light" radius="sm">
                  Internal note
                </Badge>
              ) : (
                <Badge size="xs" color="blue" variant="light" radius="sm">
                  Public reply
                </Badge>
              )}
              <Text size="xs" c="dimmed" title={formatDateTime(item.at)}>
                {ago(item.at)}
              </Text>
            </Group>
            <Paper
              withBorder
              p="sm"
              radius="sm"
              bg={item.comment.visibility === 'INTERNAL' ? 'yellow.0' : undefined}
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {item.comment.body}
              </Text>
            </Paper>
          </MantineTimeline.Item>
        ) : (
          <MantineTimeline.Item
            key={item.key}
            bullet={<IconHistory size={14} aria-hidden />}
            color="gray"
            data-testid="timeline-change"
          >
            <Stack gap={0}>
              <Text size="sm">
                <Text span fw={600}>
                  {item.entry.actorName}
                </Text>{' '}
                · {describeAudit(item.entry, names)}
              </Text>
              {item.entry.note && (
                <Text size="sm" c="dimmed" fs="italic">
                  “{item.entry.note}”
                </Text>
              )}
              <Text size="xs" c="dimmed" title={formatDateTime(item.at)}>
                {ago(item.at)}
              </Text>
            </Stack>
          </MantineTimeline.Item>
        ),
      )}
    </MantineTimeline>
  );
}
