export const coverageKeys = {
  all: ['coverage'] as const,
  matrix: () => ['coverage', 'matrix'] as const,
  gaps: (params: object) => ['coverage', 'gaps', params] as const,
  application: (id: number) => ['coverage', 'application', id] as const,
  person: (id: number) => ['coverage', 'person', id] as const,
  /** The catalog (applications, staff, employers), refreshed after any catalog write. */
  catalog: ['catalog'] as const,
  applications: (params: ListParams) => ['catalog', 'applications', params] as const,
  staff: (params: ListParams) => ['catalog', 'staff', params] as const,
  employers: ['catalog', 'employers'] as const,
  staffMember: (id: number) => ['catalog', 'staff-member', id] as const,
  signIns: (params: { employerId: number | null; q: string }) =>
    ['catalog', 'sign-ins', params] as const,
};

export interface ListParams {
  q: string;
  page: number;
  size: number;
}
