import { CoverageScreen } from '@/features/coverage';
import { useCurrentUser } from './current-user';

/** The coverage matrix; IT leaders and administrators import and change the data behind it. */
export function CoveragePage() {
  const user = useCurrentUser();
  const canEdit = user.roles.includes('it-leader') || user.roles.includes('admin');
  return <CoverageScreen canEdit={canEdit} />;
}
