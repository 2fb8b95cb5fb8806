export { SetupPage } from './components/lazy-setup';
export { isSetupNeeded } from './utils/setup-needed';
export type { SetupDone, SetupRequest, SetupStatus } from './types';
