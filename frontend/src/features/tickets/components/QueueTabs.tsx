import { Badge, Tabs } from '@mantine/core';
import type { Queue } from '../types';
import type { Total } from '../utils/totals';
import { formatTotal } from '../utils/totals';
import type { DeskCopy } from './desk-copy';

/** The desk's queues as tabs, each with how many tickets it holds (red when any breach soon). */
export function QueueTabs({
  copy,
  queue,
  counts,
  onChange,
}: {
  copy: DeskCopy;
  queue: Queue;
  counts: Record<Queue, Total | undefined>;
  onChange: (queue: string) => void;
}) {
  return (
    <Tabs value={queue} onChange={(value) => value && onChange(value)} mb="md">
      <Tabs.List>
        {copy.queues.map((entry) => (
          <Tabs.Tab
            key={entry.queue}
            value={entry.queue}
            rightSection={
              <Badge
                size="sm"
                variant={entry.queue === queue ? 'filled' : 'light'}
                color={
                  entry.queue === 'BREACHING_SOON' && counts[entry.queue]?.total ? 'red' : 'blue'
                }
                miw={32}
              >
                {counts[entry.queue] ? formatTotal(counts[entry.queue]!) : '…'}
              </Badge>
            }
          >
            {entry.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
