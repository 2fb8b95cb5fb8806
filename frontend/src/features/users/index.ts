export { UsersScreen } from './components/UsersScreen';
export { SetPasswordPage } from './components/SetPasswordPage';
