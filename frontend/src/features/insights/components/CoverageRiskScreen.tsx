import { Group, Stack, Text, Title } from '@mantine/core';
import { ExportButton } from './ExportButton';

/**
 * Coverage risk. The matrix itself exports as CSV and XLSX; its GOOD/RISK/GAP counts per week are
 * not served yet, so no chart is drawn for them.
 */
export function CoverageRiskScreen() {
  return (
    <Stack gap="sm" component="section" aria-labelledby="matrix-export-heading">
      <Title order={2} size="h3" id="matrix-export-heading">
        The coverage matrix
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        Every application with its coverage status (GOOD, RISK or GAP), bus factor and window
        coverage, and a column per person with their skill level: to bring to a meeting.
      </Text>
      <Group gap="sm">
        <ExportButton
          url="/api/coverage/matrix/export?format=csv"
          filename="coverage-matrix.csv"
          what="the coverage matrix"
        />
        <ExportButton
          url="/api/coverage/matrix/export?format=xlsx"
          filename="coverage-matrix.xlsx"
          accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          label="Export XLSX"
          what="the coverage matrix"
        />
      </Group>
    </Stack>
  );
}
