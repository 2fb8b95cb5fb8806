import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { SubNav } from '@/components/SubNav';
import { MARKETPLACE_PAGES, marketplacePagesFor } from '@/features/navigation';
import { rolesAsAudience } from '@/lib/roles';
import { useCurrentUser } from './current-user';

/** Links between the marketplace pages this user may see. */
export function MarketplaceNav() {
  const user = useCurrentUser();
  return <SubNav label="Marketplace pages" pages={marketplacePagesFor(user.roles)} />;
}

/** A marketplace page for the roles that may see it, and a clear refusal for the others. */
export function MarketplaceSubPage({ path, children }: { path: string; children: ReactNode }) {
  const user = useCurrentUser();
  const page = MARKETPLACE_PAGES.find((candidate) => candidate.path === path);
  const allowed = marketplacePagesFor(user.roles).some((candidate) => candidate.path === path);
  if (!page || !allowed) {
    return (
      <EmptyState
        icon={<IconLock size={28} stroke={1.5} />}
        title="Not available for your role"
        description={page && `${page.label} is for ${rolesAsAudience(page.roles)}.`}
        action={
          <Button component={Link} to="/marketplace" variant="light">
            Go to the marketplace
          </Button>
        }
      />
    );
  }
  return (
    <>
      <MarketplaceNav />
      {children}
    </>
  );
}
