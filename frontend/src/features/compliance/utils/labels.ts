import type { PhiAccessEntry } from '../types';

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  resolution: 'Resolution',
  comments: 'Comments',
  attachments: 'Attachments',
};

/** The PHI-bearing fields of an entry in words: "Title, Description, Resolution". */
export function fieldLabels(fields: string | readonly string[]): string[] {
  const list = typeof fields === 'string' ? fields.split(',') : fields;
  return list
    .map((field) => field.trim())
    .filter((field) => field !== '')
    .map((field) => FIELD_LABELS[field] ?? humanize(field));
}

const CHANNEL_LABELS: Record<string, string> = {
  API: 'Medley app or API',
  PARTNER_PORTAL: 'Partner portal',
  E_BONDING: 'Partner desk (e-bonding)',
  EMAIL: 'E-mail',
};

/** How the reader reached the ticket, in words. */
export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? humanize(channel);
}

function humanize(code: string): string {
  const words = code
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Partner staff: the server says so where it can; an older server is answered from the channel
 * and from belonging to an organisation other than the hospital's own.
 */
export function isExternal(entry: PhiAccessEntry, ownOrganizationId: number | null): boolean {
  if (typeof entry.partner === 'boolean') return entry.partner;
  if (entry.channel === 'PARTNER_PORTAL') return true;
  return ownOrganizationId !== null && entry.organizationId !== ownOrganizationId;
}
