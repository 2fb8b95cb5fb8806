import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';

/** The way into PHI compliance from the administration page. */
export function ComplianceLink() {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="compliance-heading">
      <Group justify="space-between" wrap="nowrap" align="center">
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            <IconShieldLock size={22} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h3" id="compliance-heading">
              PHI compliance
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              The append-only log of every read of a PHI-flagged ticket — filter it and export it as
              CSV — and the business associate agreements that decide which partners see PHI.
            </Text>
          </Stack>
        </Group>
        <Button
          component={Link}
          to="/admin/compliance"
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden />}
        >
          Open PHI compliance
        </Button>
      </Group>
    </Paper>
  );
}
