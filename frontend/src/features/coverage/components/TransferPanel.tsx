import {
  Alert,
  Button,
  FileButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import {
  downloadExport,
  type FileFormat,
  type Resource,
  rowErrors,
  useImport,
} from '../api/transfer';

const RESOURCES: { resource: Resource; title: string; columns: string }[] = [
  {
    resource: 'applications',
    title: 'Applications',
    columns:
      'name, vendor, category, criticality, lifecycle, calendar, aliases (optional, “;”-separated)',
  },
  {
    resource: 'staff',
    title: 'Staff',
    columns:
      'email, name, kind, employer, team, zone, capacity_hours, shifts, sign_in (optional: the username or e-mail the person signs in with; empty unlinks)',
  },
  {
    resource: 'skills',
    title: 'Skills',
    columns: 'staff_email, application, level, verified_on',
  },
];

/**
 * Import and export in CSV and Excel. An import is all or nothing: any bad row refuses the whole
 * file and lists every problem by line and column. Exports are in the import's format, so an
 * exported file can be edited and imported again.
 */
export function TransferPanel({ canEdit }: { canEdit: boolean }) {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={820}>
        Export to edit in Excel, then import the file back. An import is checked in full first: if
        any row is wrong, nothing is saved and every problem is listed by line and column. Rows are
        matched by application name, staff e-mail, and e-mail plus application for skills; matching
        rows are updated, new ones added. Import applications before the staff and skills that refer
        to them.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        {RESOURCES.map((r) => (
          <TransferCard key={r.resource} {...r} canEdit={canEdit} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function TransferCard({
  resource,
  title,
  columns,
  canEdit,
}: {
  resource: Resource;
  title: string;
  columns: string;
  canEdit: boolean;
}) {
  const upload = useImport(resource);
  const [exportError, setExportError] = useState<string | null>(null);
  const download = (format: FileFormat) => {
    setExportError(null);
    downloadExport(resource, format).catch((error: unknown) =>
      setExportError(describeError(error).title),
    );
  };
  const errors = rowErrors(upload.error);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Columns: {columns}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => download('csv')}
        >
          Export CSV
        </Button>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => download('xlsx')}
        >
          Export Excel
        </Button>
        {canEdit && (
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {(props) => (
              <Button
                {...props}
                size="xs"
                leftSection={<IconUpload size={14} aria-hidden />}
                loading={upload.isPending}
              >
                Import {title.toLowerCase()}…
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {exportError && (
        <Alert color="red" mt="sm" variant="light">
          {exportError}
        </Alert>
      )}
      {upload.isSuccess && (
        <Alert
          color="teal"
          mt="sm"
          variant="light"
          icon={<IconCheck aria-hidden />}
          title="Imported"
        >
          {upload.data.rows} rows: {upload.data.created} added, {upload.data.updated} updated.
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" mt="sm" variant="light" title="Nothing was imported">
          <Text size="sm">
            {describeError(upload.error).detail ?? describeError(upload.error).title}
          </Text>
          {errors.length > 0 && (
            <Table mt="xs" fz="xs" verticalSpacing={2} aria-label="Problems by row">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.slice(0, 50).map((error, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td>{error.column ?? '—'}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {errors.length > 50 && (
            <Text size="xs" mt={4}>
              …and {errors.length - 50} more.
            </Text>
          )}
        </Alert>
      )}
    </Paper>
  );
}
