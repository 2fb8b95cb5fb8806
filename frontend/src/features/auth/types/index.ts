/** Where to sign in when Medley trusts an external issuer (Keycloak). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
}

/** GET /api/auth/config (anonymous). */
export interface AuthConfig {
  mode: 'builtin' | 'oidc';
  /** Demo logins (password "demo"); empty unless demo mode is on. */
  demoUsers: string[];
  /** Set in "oidc" mode only. */
  oidc: OidcConfig | null;
}

/** POST /login body. */
export interface Credentials {
  username: string;
  password: string;
}

/** POST /login answer from the built-in issuer. */
export interface LoginResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  username: string;
  roles: string[];
}

export type OrganizationKind = 'HEALTH_SYSTEM' | 'PARTNER' | 'VENDOR';

/** GET /api/me. */
export interface Me {
  username: string;
  displayName: string;
  roles: string[];
  organization: {
    id: number;
    name: string;
    kind: OrganizationKind;
  } | null;
}
