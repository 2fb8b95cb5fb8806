import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** GET /api/organization: the hospital's settings and the version a change must carry. */
export type OrganizationSettings = Schemas['HospitalSettings.Settings'];
/** PUT /api/organization: every setting, with the version read. */
export type OrganizationChange = Schemas['HospitalSettings.Change'];
/** GET /api/organization/audit: who changed what, newest first. */
export type OrganizationAuditPage = Schemas['HospitalSettings.AuditPage'];
export type OrganizationAuditEntry = Schemas['HospitalSettings.AuditEntry'];
