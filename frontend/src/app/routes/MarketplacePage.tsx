import { StaffingRequestsScreen } from '@/features/market';
import { useCurrentUser } from './current-user';

/** The marketplace as it stands: the staffing requests leaders made from coverage gaps. */
export function MarketplacePage() {
  const user = useCurrentUser();
  const canEdit = user.roles.includes('it-leader') || user.roles.includes('admin');
  return <StaffingRequestsScreen canEdit={canEdit} />;
}
