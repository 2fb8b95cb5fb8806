// The catalog's query hooks for other features. Apart from index.ts so that importing them never
// pulls the coverage screens into the importer's chunk (the portal's report form uses them).
export { useApplications, type Application } from './api/catalog';
export { useStaff, type StaffMember } from './api/catalog';
