/**
 * The signed-in session: the bearer token from POST /login, kept in sessionStorage so that it
 * lives as long as the browser tab and no longer. Components subscribe through useSession().
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'medley.session';
const REASON_KEY = 'medley.signOutReason';

/** Why the session ended, so the sign-in page can say so. */
export type SignOutReason = 'signed-out' | 'expired';

export interface StoredSession {
  token: string;
  /** Epoch milliseconds after which the token is no longer sent. */
  expiresAt: number;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'number') return null;
    return { token: parsed.token, expiresAt: parsed.expiresAt };
  } catch {
    return null;
  }
}

function notify() {
  listeners.forEach((listener) => listener());
}

/** The bearer token, or null when nobody is signed in or the token has expired. */
export function getToken(): string | null {
  const session = read();
  if (!session) return null;
  if (session.expiresAt <= Date.now()) return null;
  return session.token;
}

export function startSession(token: string, expiresInSeconds: number): void {
  const session: StoredSession = { token, expiresAt: Date.now() + expiresInSeconds * 1000 };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  sessionStorage.removeItem(REASON_KEY);
  notify();
}

export function endSession(reason: SignOutReason): void {
  const hadSession = read() !== null;
  sessionStorage.removeItem(STORAGE_KEY);
  if (hadSession) sessionStorage.setItem(REASON_KEY, reason);
  notify();
}

/** Why the last session ended, until a new one starts; null if none ended in this tab. */
export function getSignOutReason(): SignOutReason | null {
  const reason = sessionStorage.getItem(REASON_KEY);
  return reason === 'signed-out' || reason === 'expired' ? reason : null;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current token; re-renders the caller when a session starts or ends. */
export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, () => null);
}
