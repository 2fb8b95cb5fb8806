import { ComplianceScreen } from '@/features/compliance';
import { useCurrentUser } from './current-user';

/** PHI compliance, below Admin: for administrators only (admin/admin-pages.ts), as its API is. */
export function CompliancePage() {
  const user = useCurrentUser();
  return <ComplianceScreen ownOrganizationId={user.organization?.id ?? null} canEdit />;
}
