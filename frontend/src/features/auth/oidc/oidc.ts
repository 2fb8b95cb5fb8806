/**
 * Sign-in through an external OIDC issuer (Keycloak): authorization code flow with PKCE (S256,
 * which oidc-client-ts always uses for the code flow), silent renewal with the refresh token, and
 * sign-out that also ends the issuer's single sign-on session — on a shared ward workstation the
 * next person must not be signed in again without a password.
 *
 * The access token is handed to lib/session like a built-in token, so the API client and the
 * route guards do not care which issuer signed it.
 */
import type * as OidcClient from 'oidc-client-ts';
import type { User, UserManager } from 'oidc-client-ts';
import { endSession, startSession } from '@/lib/session';
import type { OidcConfig } from '../types';

/** What the SPA remembers across the redirect to the issuer and back. */
interface SignInState {
  from?: string;
}

let manager: UserManager | null = null;
let managerKey = '';
let callback: { url: string; result: Promise<SignInState> } | null = null;

function redirectUri(): string {
  // GET /login serves the SPA (also behind Vite's dev proxy), so it doubles as the callback.
  return `${window.location.origin}/login`;
}

function adopt(user: User): void {
  startSession(user.access_token, user.expires_in ?? 60);
}

/** The library loads only where OIDC is used: sites on built-in sign-in never download it. */
let library: Promise<typeof OidcClient> | null = null;

async function oidcManager(config: OidcConfig): Promise<UserManager> {
  library ??= import('oidc-client-ts');
  const { UserManager, WebStorageStateStore } = await library;
  // Nothing awaits below, so calls racing for the first import still share one manager.
  const key = `${config.issuer} ${config.clientId}`;
  if (manager && managerKey === key) return manager;
  manager?.stopSilentRenew();
  const created = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    post_logout_redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    // Same lifetime as the session itself: this browser tab.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  created.events.addUserLoaded(adopt);
  created.events.addSilentRenewError(() => endSession('expired'));
  created.events.addAccessTokenExpired(() => endSession('expired'));
  manager = created;
  managerKey = key;
  return created;
}

/** Sends the browser to the issuer's sign-in page; it comes back to /login with a code. */
export async function beginOidcSignIn(config: OidcConfig, from?: string): Promise<void> {
  const state: SignInState = from ? { from } : {};
  await (await oidcManager(config)).signinRedirect({ state });
}

/** True when the current URL is the issuer's answer (a code or an error) to a sign-in. */
export function isOidcCallback(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * Trades the code for tokens and starts the session; resolves with where the user wanted to go.
 * Runs once per callback URL even if React mounts the page twice (the state is single-use).
 */
export function completeOidcSignIn(config: OidcConfig): Promise<SignInState> {
  const url = window.location.href;
  if (callback?.url !== url) {
    callback = {
      url,
      result: oidcManager(config)
        .then((mgr) => mgr.signinCallback(url))
        .then((user) => {
          if (!user) throw new Error('The identity provider sent no user.');
          adopt(user);
          const state: SignInState = user.state ?? {};
          return state;
        }),
    };
  }
  return callback.result;
}

/**
 * Re-arms the silent renewal after a page reload: loading the stored user starts the timer that
 * refreshes the access token before it expires (each renewal then reaches lib/session).
 */
export async function resumeOidcSession(config: OidcConfig): Promise<void> {
  await (await oidcManager(config)).getUser();
}

/** Ends the Medley session and the issuer's, then comes back to the sign-in page. */
export async function oidcSignOut(config: OidcConfig): Promise<void> {
  const mgr = await oidcManager(config);
  const user = await mgr.getUser();
  await mgr.removeUser();
  endSession('signed-out');
  await mgr.signoutRedirect({ id_token_hint: user?.id_token });
}
