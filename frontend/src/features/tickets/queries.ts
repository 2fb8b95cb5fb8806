// The desk's query hooks for other features. Apart from index.ts so that importing them never
// pulls the desk's screens into the importer's chunk (the support-group admin page uses them).
export { useGroupMembers } from './api/get-group-members';
export { ticketKeys } from './api/keys';
