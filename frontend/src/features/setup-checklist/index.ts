export { SetupChecklistCard } from './components/SetupChecklistCard';
