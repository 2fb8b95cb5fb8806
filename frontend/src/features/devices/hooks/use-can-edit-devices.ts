import { useMe } from '@/features/auth';

/** Leaders and administrators add and change devices; the API refuses everyone else (403). */
export function useCanEditDevices(): boolean {
  const roles = useMe().data?.roles ?? [];
  return roles.includes('it-leader') || roles.includes('admin');
}
