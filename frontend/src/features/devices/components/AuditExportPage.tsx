import { Alert, Button, Group, List, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { describeError } from '@/lib/errors';
import { localDay } from '@/lib/local-day';
import { downloadAuditExport, useReplacementPlan } from '../api/replacement';
import type { AuditFormat } from '../types';
import { DevicesNav } from './DevicesNav';

const EVERYTHING = { site: null, deviceClass: null, modelId: null, from: null, to: null };

/**
 * The audit-ready maintenance record of a site for a period, for an accreditation survey: every
 * device with its preventive maintenance (on time, late, missed, with reasons), corrective work,
 * open remediation and who did the work, as CSV or a printable PDF.
 */
export function AuditExportPage() {
  // The plan lists the sites of the devices the user sees; one row is enough for that.
  const sites = useReplacementPlan(EVERYTHING, 0, 1);
  const [site, setSite] = useState<string | null>(null);
  const [from, setFrom] = useState(localDay(-364));
  const [to, setTo] = useState(localDay());
  const [busy, setBusy] = useState<AuditFormat | null>(null);
  const [error, setError] = useState<{ title: string; detail?: string } | null>(null);

  const download = (format: AuditFormat) => {
    if (site === null) return;
    setError(null);
    setBusy(format);
    downloadAuditExport(site, from, to, format)
      .catch((caught: unknown) => {
        const problem = describeError(caught);
        setError({ title: problem.title, detail: problem.detail ?? undefined });
      })
      .finally(() => setBusy(null));
  };

  return (
    <Stack gap="md" maw={900}>
      <DevicesNav />
      <PageHeader
        title="Audit export"
        description="A site's medical equipment maintenance record for a period, ready for a Joint Commission or CMS survey."
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group gap="md" align="flex-end">
            <Select
              label="Site"
              placeholder={sites.isPending ? 'Loading sites…' : 'Choose a site'}
              data={sites.data?.sites ?? []}
              value={site}
              onChange={setSite}
              searchable
              required
              w={{ base: '100%', sm: 260 }}
              error={sites.isError ? 'We could not load the sites' : undefined}
            />
            <TextInput
              type="date"
              label="From"
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              required
              w={{ base: '100%', sm: 170 }}
            />
            <TextInput
              type="date"
              label="To"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              required
              w={{ base: '100%', sm: 170 }}
            />
          </Group>
          <Group gap="xs">
            <Button
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              disabled={site === null}
              loading={busy === 'pdf'}
              onClick={() => download('pdf')}
            >
              Download PDF
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
              disabled={site === null}
              loading={busy === 'csv'}
              onClick={() => download('csv')}
            >
              Download CSV
            </Button>
          </Group>
          {error && (
            <Alert color="red" variant="light" title={error.title}>
              {error.detail}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={600} mb={4}>
              What the record holds
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>
                Every device at the site, with its preventive maintenance due in the period: due
                day, window, completion, on time / late / missed and the reason given.
              </List.Item>
              <List.Item>Corrective work opened in the period.</List.Item>
              <List.Item>
                Security remediation opened in the period or still open (advisory work orders).
              </List.Item>
              <List.Item>
                The technician who did, or holds, each order, with their certification for the
                device&apos;s class (flagged when it had expired before the work).
              </List.Item>
            </List>
            <Text size="sm" c="dimmed" mt="xs">
              Certifications come from the coverage matrix as they stand today; earlier certificates
              are in the HR or training record. A PDF holds up to 5,000 devices; take the CSV for a
              larger site.
            </Text>
          </div>
        </Stack>
      </Paper>
    </Stack>
  );
}
