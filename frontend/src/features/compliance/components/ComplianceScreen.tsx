import { Anchor, Box, Breadcrumbs, Tabs } from '@mantine/core';
import { IconFileCertificate, IconListSearch } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { AgreementsPanel } from './AgreementsPanel';
import { PhiAccessLog } from './PhiAccessLog';

type View = 'log' | 'agreements';

interface ComplianceScreenProps {
  /** The hospital's own organisation; readers from any other are marked as partner staff. */
  ownOrganizationId: number | null;
  canEdit: boolean;
}

/**
 * PHI compliance (issue #6): the append-only log of every read of a PHI-flagged ticket, and the
 * business associate agreements that decide which partners see PHI at all. The open tab is in
 * the address (?view=agreements) beside the log's filters.
 */
export function ComplianceScreen({ ownOrganizationId, canEdit }: ComplianceScreenProps) {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'agreements' ? 'agreements' : 'log';
  const select = (next: string | null) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 'agreements') updated.set('view', 'agreements');
      else updated.delete('view');
      return updated;
    });

  return (
    <Box maw={1280}>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/admin">
          Administration
        </Anchor>
        <span>PHI compliance</span>
      </Breadcrumbs>
      <PageHeader
        title="PHI compliance"
        description="Who was shown protected health information on which ticket, and which partners may see it."
      />
      <Tabs value={view} onChange={select} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="log" leftSection={<IconListSearch size={16} aria-hidden />}>
            PHI access log
          </Tabs.Tab>
          <Tabs.Tab value="agreements" leftSection={<IconFileCertificate size={16} aria-hidden />}>
            Business associate agreements
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="log">
          <PhiAccessLog ownOrganizationId={ownOrganizationId} />
        </Tabs.Panel>
        <Tabs.Panel value="agreements">
          <AgreementsPanel canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
