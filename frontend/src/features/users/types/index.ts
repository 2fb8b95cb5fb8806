import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type User = Schemas['UserDirectory.User'];
export type UserPage = Schemas['UserDirectory.UserPage'];
export type OrganizationRef = Schemas['Me.OrganizationRef'];
export type UserChange = Schemas['UsersController.UserChange'];
export type NewInvitation = Schemas['UsersController.NewInvitation'];
export type Invited = Schemas['UserDirectory.Invited'];
export type LinkSent = Schemas['UserDirectory.LinkSent'];
export type ImportReport = Schemas['UserImport.Report'];
export type ImportRow = Schemas['UserImport.Row'];
export type LinkHolder = Schemas['UserDirectory.LinkHolder'];
export type PasswordSet = Schemas['UserDirectory.PasswordSet'];

/** The list's filters and page, as the address holds them. */
export interface UserFilters {
  q: string;
  role: string;
  organizationId: number | null;
  enabled: 'all' | 'enabled' | 'disabled';
  page: number;
}

export const PAGE_SIZE = 25;
