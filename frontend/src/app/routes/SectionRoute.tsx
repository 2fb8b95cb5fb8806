import { Button } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import {
  canSee,
  landingPathFor,
  sectionById,
  SECTIONS,
  type SectionId,
} from '@/features/navigation';
import { roleLabel, rolesAsAudience } from '@/lib/roles';
import { useCurrentUser } from './current-user';

interface SectionRouteProps {
  section: SectionId;
  children: ReactNode;
}

/** Shows a section to the roles that may see it and a clear "not for your role" to everyone else. */
export function SectionRoute({ section: id, children }: SectionRouteProps) {
  const user = useCurrentUser();
  const section = sectionById(id);
  const allowed = canSee(section, user.roles);
  useDocumentTitle(allowed ? `${section.label} · Medley` : 'Not available · Medley');
  if (allowed) return children;

  const landing = landingPathFor(user.roles);
  const landingLabel = SECTIONS.find((candidate) => candidate.path === landing)?.label;
  return (
    <EmptyState
      icon={<IconLock size={28} stroke={1.5} />}
      title="Not available for your role"
      description={
        <>
          {section.label} is for {rolesAsAudience(section.roles)}. You are signed in as{' '}
          {user.displayName} ({user.roles.map(roleLabel).join(', ') || 'no role'}). If you need
          access, ask your Medley administrator.
        </>
      }
      action={
        landing &&
        landingLabel && (
          <Button component={Link} to={landing} variant="light">
            Go to {landingLabel}
          </Button>
        )
      }
    />
  );
}
