import { Alert, Box, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '@/components/PageHeader';
import { BusinessCalendars } from '@/features/calendars';
import { ComplianceLink } from '@/features/compliance';
import { PartnerOlas, SlaCompliance, SlaPolicies } from '@/features/sla';
import { CannedRepliesManager } from '@/features/tickets';
import { useCurrentUser } from './current-user';

/**
 * Administration. Business calendars are the first live part; the rest arrives with its issue.
 * Agents, IT leaders and executives may look at the calendars their SLAs count in; only
 * administrators change them.
 */
export function AdminPage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('admin');
  const seesCompliance = ['admin', 'it-leader', 'executive'].some((r) => user.roles.includes(r));
  return (
    <Box maw={1200}>
      <PageHeader
        title="Administration"
        description={
          isAdmin
            ? 'Settings that shape how Medley measures service for your hospital.'
            : 'You can look at the business calendars and SLA policies and try due times; only administrators can change them.'
        }
      />
      <Stack gap="xl">
        {isAdmin && <ComplianceLink />}
        <BusinessCalendars canEdit={isAdmin} />
        <SlaPolicies canEdit={isAdmin} />
        <PartnerOlas canEdit={isAdmin} />
        {seesCompliance && <SlaCompliance />}
        {(isAdmin || user.roles.includes('agent')) && <CannedRepliesManager />}
        <Alert
          variant="light"
          color="gray"
          icon={<IconInfoCircle aria-hidden />}
          title="Coming later"
        >
          People and their roles are managed in your identity provider (Keycloak); support groups
          and partner desk connectors get screens here later.
        </Alert>
      </Stack>
    </Box>
  );
}
