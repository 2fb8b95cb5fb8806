import type { UserFilters } from '../types';

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  organizations: ['users', 'organizations'] as const,
  link: (token: string) => ['password-links', token] as const,
};
