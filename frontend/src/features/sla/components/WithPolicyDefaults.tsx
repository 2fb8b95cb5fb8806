import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { usePolicyDefaults } from '../api/get-policy-defaults';
import type { PolicyDefaults } from '../types';

interface WithPolicyDefaultsProps {
  /** Only a new policy's form starts from the defaults; an existing one has its own terms. */
  needed: boolean;
  children: (defaults: PolicyDefaults | null) => ReactNode;
}

/** Renders a policy form once the server's defaults it starts from are known. */
export function WithPolicyDefaults({ needed, children }: WithPolicyDefaultsProps) {
  const defaults = usePolicyDefaults(needed);
  if (!needed) return children(null);
  if (defaults.isPending) return <Loading label="Loading the policy defaults" />;
  if (defaults.isError) {
    return <ErrorState error={defaults.error} onRetry={() => void defaults.refetch()} />;
  }
  return children(defaults.data);
}
