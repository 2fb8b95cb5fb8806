import { Badge, Box, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleDashed, IconTools } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

interface ComingSoonProps {
  title: string;
  /**
   * One or two honest sentences: what arrives and that nothing is live. Never an internal issue
   * number: the people reading it cannot look one up.
   */
  summary: ReactNode;
  /** What the section will hold, in the words of the people who will use it. */
  willHold: string[];
}

/** The placeholder for a section that is not built yet. Says so plainly. */
export function ComingSoon({ title, summary, willHold }: ComingSoonProps) {
  return (
    <Box maw={880}>
      <PageHeader
        title={title}
        aside={
          <>
            <Badge variant="light" color="gray" size="lg" radius="sm">
              Not built yet
            </Badge>
            <Badge variant="light" size="lg" radius="sm">
              Planned
            </Badge>
          </>
        }
      />
      <Paper withBorder radius="md" p="xl">
        <Stack gap="lg">
          <Stack gap="xs">
            <ThemeIcon variant="light" size={44} radius="md" aria-hidden>
              <IconTools size={24} stroke={1.5} />
            </ThemeIcon>
            <Text size="lg">{summary}</Text>
          </Stack>
          <Stack gap="xs">
            <Title order={2} size="h5" tt="uppercase" c="dimmed" fw={600} lts={0.5}>
              What this section will hold
            </Title>
            <List
              spacing="xs"
              icon={
                <ThemeIcon variant="transparent" color="gray" size={20} aria-hidden>
                  <IconCircleDashed size={16} />
                </ThemeIcon>
              }
            >
              {willHold.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Stack>
        </Stack>
      </Paper>
    </Box>
  );
}
