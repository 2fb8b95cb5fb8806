import {
  Alert,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrors } from '@/lib/field-errors';
import { useImportUsers } from '../api/users';

const EXAMPLE = `email,name,roles,organisation,job title,department,location
dana.reyes@hospital.example,Dana Reyes,end-user,,Charge nurse,Radiology,East wing
sam.lee@hospital.example,Sam Lee,agent;end-user,,Analyst,IT,Main campus`;

/** Invite many people from a CSV file; each row is created or refused on its own. */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const importUsers = useImportUsers();
  const [file, setFile] = useState<File | null>(null);
  const close = () => {
    onClose();
    setFile(null);
    importUsers.reset();
  };
  const report = importUsers.data;
  const errors = importUsers.isError ? fieldErrors(importUsers.error) : {};

  return (
    <Modal opened={opened} onClose={close} title="Import people from CSV" size="xl">
      {report ? (
        <Stack>
          <Text fw={600} role="status">
            {report.created} invited, {report.refused} refused.
          </Text>
          {!report.emailed && report.created > 0 && (
            <Text size="sm">
              Medley does not send e-mail here: pass each person their link below. The links are
              shown only now.
            </Text>
          )}
          <ScrollArea.Autosize mah={420}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Link or reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>{row.email ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={row.outcome === 'CREATED' ? 'green' : 'red'}
                        variant="light"
                        tt="none"
                        miw="max-content"
                      >
                        {row.outcome === 'CREATED' ? 'Invited' : 'Refused'}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      {row.outcome === 'CREATED'
                        ? (row.link ?? 'E-mailed')
                        : `${row.field ? `${row.field}: ` : ''}${row.reason ?? ''}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            One person per row under a header row. Required columns: <b>email</b>, <b>name</b>,{' '}
            <b>roles</b> (separated by <Code>;</Code>). Optional: <b>organisation</b> (the hospital
            when empty, or a partner&apos;s name), <b>job title</b>, <b>department</b>,{' '}
            <b>location</b>. Each row is invited or refused on its own; nothing is half-done.
          </Text>
          {/* Focusable: a narrow window scrolls the example sideways, keyboards included. */}
          <Code block tabIndex={0} aria-label="Example CSV file">
            {EXAMPLE}
          </Code>
          <FileInput
            label="CSV file (UTF-8)"
            placeholder="Choose a file"
            accept=".csv,text/csv"
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            value={file}
            onChange={setFile}
            error={errors.file}
            clearable
          />
          {importUsers.isError && !errors.file && (
            <Alert color="red" variant="light" role="alert">
              {errors[''] ?? 'The file could not be imported.'}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              disabled={!file}
              loading={importUsers.isPending}
              onClick={() => file && importUsers.mutate(file)}
            >
              Import
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
