// The vendor directory's query hooks for other features (an application names its vendor).
// Apart from index.ts so that importing them never pulls the vendor screens along.
export { useVendorChoices } from './api/vendors';
