export { useAuthConfig } from './api/get-auth-config';
export { useMe } from './api/get-me';
export { useLogin } from './api/login';
export { LoginPage } from './components/lazy-login';
export { RequireAuth } from './components/RequireAuth';
export { useSignOut } from './hooks/use-sign-out';
export type { AuthConfig, Credentials, LoginResponse, Me } from './types';
export { authKeys } from './api/keys';
