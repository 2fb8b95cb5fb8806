import { ActionIcon, Popover, Stack, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { DEFINITIONS } from '../utils';

/** One line per figure: how it is counted, the same way for teams, partners and engagements. */
export function ScorecardHelp() {
  return (
    <Popover width={380} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" aria-label="How the figures are counted">
          <IconHelpCircle size={20} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={650}>
            How the figures are counted
          </Text>
          {DEFINITIONS.map(({ figure, definition }) => (
            <Text key={figure} size="xs">
              <Text span fw={650} size="xs">
                {figure}:
              </Text>{' '}
              {definition}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            A rate shows “—” when nothing was counted.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
