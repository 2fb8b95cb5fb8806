import type { SetupRequest } from '../types';

/** What the setup form holds. */
export interface SetupValues {
  organizationName: string;
  timeZone: string;
  hours: 'weekdays' | 'always';
  from: string;
  to: string;
  displayName: string;
  email: string;
  password: string;
}

/** The form's values as POST /api/setup takes them; the token and admin only on the built-in issuer. */
export function toRequest(values: SetupValues, token: string | null, withAdmin: boolean) {
  const request: SetupRequest = {
    organization: { name: values.organizationName.trim(), timeZone: values.timeZone },
    businessHours: values.hours === 'weekdays' ? { from: values.from, to: values.to } : null,
  };
  if (withAdmin) {
    request.token = token;
    request.admin = {
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      password: values.password,
    };
  }
  return request;
}
