import type { AuthType, DeskKind, Health } from './types';

/** A setting the form offers for a kind: its key in `settings`, label and help. */
export interface SettingField {
  key: string;
  label: string;
  description: string;
  placeholder?: string;
  /** A closed list of values: shown as a select, the first is the default. */
  options?: readonly { value: string; label: string }[];
}

export interface KindInfo {
  value: DeskKind;
  label: string;
  /** One line on how Medley and the desk talk. */
  hint: string;
  /** The sign-in types the desk takes, the usual one first. */
  auths: readonly AuthType[];
  settings: readonly SettingField[];
  /** A support mailbox: no base URL, no delivery to the desk and no webhook, it is read. */
  mailbox?: boolean;
}

const INTEGRATION_USER: SettingField = {
  key: 'integrationUser',
  label: 'Integration user',
  description:
    'The desk account Medley signs in as. Changes it makes are not sent back to Medley (no echo).',
};

/** Every protocol Medley speaks, with what its form asks for. One home for these labels. */
export const KINDS: readonly KindInfo[] = [
  {
    value: 'REQUEST_TRACKER',
    label: 'Request Tracker',
    hint: 'RT 5 REST2. RT cannot call out, so Medley polls it for changes.',
    auths: ['TOKEN', 'BASIC'],
    settings: [
      {
        key: 'queue',
        label: 'Queue',
        description: 'The RT queue Medley files tickets in',
        placeholder: 'Hospital',
      },
      INTEGRATION_USER,
      {
        key: 'pollInterval',
        label: 'Poll every',
        description: 'ISO-8601 duration between polls for changes, e.g. PT30S (30 s) or PT2M',
        placeholder: 'PT30S',
      },
    ],
  },
  {
    value: 'SERVICENOW',
    label: 'ServiceNow',
    hint: 'Table API (incident). ServiceNow calls Medley back from a business rule.',
    auths: ['BASIC', 'OAUTH2_CLIENT'],
    settings: [
      {
        key: 'assignmentGroup',
        label: 'Assignment group',
        description: 'The ServiceNow group incidents from Medley are assigned to',
      },
      INTEGRATION_USER,
      {
        key: 'closeCode',
        label: 'Close code',
        description: 'The close code Medley sets when it resolves an incident',
        placeholder: 'Solved (Permanently)',
      },
    ],
  },
  {
    value: 'JIRA_SM',
    label: 'Jira Service Management',
    hint: 'Service desk REST API. Jira calls Medley back by webhook.',
    auths: ['BASIC', 'TOKEN'],
    settings: [
      {
        key: 'serviceDeskId',
        label: 'Service desk id',
        description: 'The numeric id of the service desk project',
      },
      {
        key: 'requestTypeId',
        label: 'Request type id',
        description: 'The request type Medley raises requests as',
      },
      INTEGRATION_USER,
    ],
  },
  {
    value: 'TMF621',
    label: 'TM Forum TMF621',
    hint: 'Trouble Ticket v4. The desk reports changes to Medley’s hub listener.',
    auths: ['OAUTH2_CLIENT', 'TOKEN', 'BASIC', 'NONE'],
    settings: [
      {
        key: 'basePath',
        label: 'API base path',
        description: 'Where the Trouble Ticket API lives under the base URL',
        placeholder: '/tmf-api/troubleTicket/v4',
      },
      INTEGRATION_USER,
    ],
  },
  {
    value: 'EMAIL',
    label: 'Support mailbox (e-mail)',
    hint: 'IMAP or POP3. New mails open tickets, replies become comments; notices go out over SMTP.',
    auths: ['BASIC'],
    mailbox: true,
    settings: [
      {
        key: 'protocol',
        label: 'Protocol',
        description: 'How Medley reads the mailbox; IMAPS encrypts the connection',
        options: [
          { value: 'imaps', label: 'IMAPS (IMAP over TLS)' },
          { value: 'imap', label: 'IMAP' },
          { value: 'pop3', label: 'POP3 (mails are deleted once read)' },
        ],
      },
      {
        key: 'host',
        label: 'Mail server',
        description: 'The IMAP or POP3 server’s name',
        placeholder: 'mail.riverside-health.example',
      },
      {
        key: 'port',
        label: 'Port',
        description: 'Empty: the protocol’s usual port (IMAPS 993, IMAP 143, POP3 110)',
        placeholder: '993',
      },
      {
        key: 'folder',
        label: 'Folder',
        description: 'The folder Medley reads (IMAP); read mails are marked as seen',
        placeholder: 'INBOX',
      },
      {
        key: 'pollInterval',
        label: 'Read every',
        description: 'ISO-8601 duration between reads, e.g. PT30S or PT2M; at least PT5S',
        placeholder: 'PT30S',
      },
      {
        key: 'supportGroupId',
        label: 'Support group id',
        description:
          'Empty: the routing rules choose the group. Else the id of the group new mails go to',
      },
      {
        key: 'unknownSenders',
        label: 'Mail from unknown addresses',
        description: 'An address that belongs to nobody in Medley',
        options: [
          { value: 'REFUSE', label: 'Refuse with a polite reply' },
          { value: 'GUEST', label: 'Open a ticket for a guest requester' },
        ],
      },
    ],
  },
];

/** Delivery settings every kind has: how the outbox retries the desk. */
export const DELIVERY_SETTINGS: readonly SettingField[] = [
  {
    key: 'retryInitial',
    label: 'First retry after',
    description: 'ISO-8601 duration; doubles on each failure. Default PT5S',
    placeholder: 'PT5S',
  },
  {
    key: 'retryMax',
    label: 'Longest wait between retries',
    description: 'ISO-8601 duration. Default PT10M',
    placeholder: 'PT10M',
  },
  {
    key: 'maxAttempts',
    label: 'Attempts before a dead letter',
    description: 'After this many failures an update waits for an admin. Default 12',
    placeholder: '12',
  },
];

export function kindInfo(kind: DeskKind): KindInfo {
  return KINDS.find((k) => k.value === kind) ?? KINDS[0]!;
}

export const AUTH_LABELS: Record<AuthType, string> = {
  TOKEN: 'API token',
  BASIC: 'User and password',
  OAUTH2_CLIENT: 'OAuth 2.0 client',
  NONE: 'None',
};

export const HEALTH: Record<Health, { label: string; color: string }> = {
  OK: { label: 'Healthy', color: 'green' },
  DEGRADED: { label: 'Degraded', color: 'yellow' },
  FAILING: { label: 'Failing', color: 'red' },
};

/** "45 s", "12 min", "3 h 5 min", "2 days": an age in seconds, briefly. */
export function formatAge(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.round((seconds % 3600) / 60);
    return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.round(seconds / 86_400);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
