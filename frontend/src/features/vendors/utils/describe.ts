import type { Draft, Vendor } from '../types';

/** "E-mail to support@epic.example", "Partner desk: Epic RT", or null when not set up. */
export function channelText(
  vendor: Pick<Vendor, 'channel' | 'caseEmail' | 'connectorId'>,
  connectorName: (id: number) => string | undefined,
): string | null {
  if (vendor.channel === 'EMAIL') {
    return vendor.caseEmail ? `E-mail to ${vendor.caseEmail}` : 'E-mail (no address yet)';
  }
  if (vendor.channel === 'CONNECTOR') {
    const name = vendor.connectorId === null ? undefined : connectorName(vendor.connectorId);
    // Only administrators read the connectors: others see that it is a desk, not which.
    return name ? `Partner desk: ${name}` : 'Partner desk (through a connector)';
  }
  return null;
}

/** The PHI filter's kinds (backend org.medley.identity.PhiKind) in words: one, many. */
const KINDS: Record<string, [string, string]> = {
  NAME: ['name', 'names'],
  MRN: ['MRN', 'MRNs'],
  SSN: ['social security number', 'social security numbers'],
  DATE_OF_BIRTH: ['date of birth', 'dates of birth'],
  PATIENT_DATE: ['patient date', 'patient dates'],
  AGE: ['age', 'ages'],
  PHONE: ['phone number', 'phone numbers'],
  EMAIL: ['e-mail address', 'e-mail addresses'],
  ADDRESS: ['address', 'addresses'],
  HEALTH_PLAN: ['health plan number', 'health plan numbers'],
  ACCOUNT: ['account number', 'account numbers'],
  MEDICARE: ['Medicare number', 'Medicare numbers'],
  DEVICE_SERIAL: ['device serial number', 'device serial numbers'],
  IP_ADDRESS: ['IP address', 'IP addresses'],
  URL: ['URL', 'URLs'],
  OTHER_NUMBER: ['other identifying number', 'other identifying numbers'],
};

/** {"MRN": 1, "PHONE": 2} → "1 MRN and 2 phone numbers"; "" when nothing was removed. */
export function removedText(removed: Draft['removed']): string {
  const parts = Object.entries(removed)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const [one, many] = KINDS[kind] ?? [
        kind.toLowerCase().replaceAll('_', ' '),
        `${kind.toLowerCase().replaceAll('_', ' ')}s`,
      ];
      return `${count} ${count === 1 ? one : many}`;
    });
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(parts);
}

export type PatternPreview =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | { kind: 'none' }
  | { kind: 'found'; caseNumber: string };

/**
 * What the case-number pattern finds in a sample subject, with the browser's regular expressions
 * (the server runs Java's, which agree on ordinary patterns): group 1 if the pattern has one, else
 * the whole match, as the server reads a vendor's reply.
 */
export function previewPattern(pattern: string, sample: string): PatternPreview {
  if (pattern.trim() === '') return { kind: 'empty' };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  const match = regex.exec(sample);
  if (!match) return { kind: 'none' };
  return { kind: 'found', caseNumber: match[1] ?? match[0] };
}

/**
 * What a refusal says, for an alert: the messages of the fields the form does not show beside an
 * input (the API names them, "vendorId: The ticket already has an open case…"), without the
 * field's name; the problem's detail or title when it names none. Null without an error.
 */
export function refusalText(
  errors: Record<string, string>,
  shownInline: readonly string[],
): string | null {
  const messages = Object.entries(errors)
    .filter(([field]) => !shownInline.some((f) => field === f || field.startsWith(`${f}[`)))
    .map(([, message]) => message);
  return messages.length ? messages.join(' ') : null;
}
