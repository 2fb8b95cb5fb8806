import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ComplianceScreen } from '@/features/compliance';
import { useCurrentUser } from './current-user';

/**
 * PHI compliance, below Admin. The Admin section is open to agents, leaders and executives for its
 * calendars; this page is for administrators only, as its API is.
 */
export function CompliancePage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('admin');
  if (!isAdmin) {
    return (
      <EmptyState
        icon={<IconLock size={28} stroke={1.5} />}
        title="Not available for your role"
        description="PHI compliance is for administrators. If you need to review who saw patient information, ask your Medley administrator."
        action={
          <Button component={Link} to="/admin" variant="light">
            Go to Administration
          </Button>
        }
      />
    );
  }
  return <ComplianceScreen ownOrganizationId={user.organization?.id ?? null} canEdit={isAdmin} />;
}
