import { IconLock } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { landingPathFor } from '@/features/navigation';
import { useCurrentUser } from './current-user';

/** "/" goes to the first section the user's roles allow. */
export function LandingRedirect() {
  const user = useCurrentUser();
  const landing = landingPathFor(user.roles);
  if (landing) return <Navigate to={landing} replace />;
  return (
    <EmptyState
      icon={<IconLock size={28} stroke={1.5} />}
      title="No sections for your role yet"
      description="Your account has no Medley role that opens a section. Ask your Medley administrator to give you one."
    />
  );
}
