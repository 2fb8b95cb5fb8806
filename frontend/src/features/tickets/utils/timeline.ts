import type { AuditEntry, Comment } from '../types';

export type TimelineEntry =
  | { kind: 'comment'; key: string; at: string; comment: Comment }
  | { kind: 'audit'; key: string; at: string; entry: AuditEntry };

/**
 * Comments and audit entries in one list, oldest first. Equal times keep the change before the
 * comment that explains it, and each source's own order otherwise, so the list never shuffles.
 */
export function mergeTimeline(
  comments: readonly Comment[],
  audit: readonly AuditEntry[],
): TimelineEntry[] {
  const entries: (TimelineEntry & { order: number })[] = [
    // The comment itself is in the list; its audit line would only repeat it.
    ...audit
      .filter((entry) => entry.action !== 'COMMENTED')
      .map((entry, index) => ({
        kind: 'audit' as const,
        key: `audit-${entry.id}`,
        at: entry.at,
        entry,
        order: index,
      })),
    ...comments.map((comment, index) => ({
      kind: 'comment' as const,
      key: `comment-${comment.id}`,
      at: comment.createdAt,
      comment,
      order: audit.length + index,
    })),
  ];
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order);
  return entries.map(({ order: _order, ...entry }) => entry);
}

const FIELD_LABEL: Record<string, string> = {
  status: 'Status',
  assignee: 'Assignee',
  group: 'Group',
  tier: 'Tier',
  priority: 'Priority',
  pendingReason: 'Waiting for',
  resolutionCode: 'Resolution',
  impact: 'Impact',
  urgency: 'Urgency',
  title: 'Title',
  description: 'Description',
  phi: 'Patient information',
  rating: 'Rating',
};

/** Names for the ids an audit entry carries (groups and staff), where they are known. */
export interface AuditNames {
  group?: (id: number) => string | undefined;
  staff?: (id: number) => string | undefined;
}

function named(value: string | null, lookup?: (id: number) => string | undefined): string | null {
  if (value === null || value === '' || !lookup || !/^\d+$/.test(value)) return humanValue(value);
  return lookup(Number(value)) ?? `#${value}`;
}

/** One audit entry as a sentence: "Status: New → In progress", "Group: Service Desk → Imaging". */
export function describeAudit(entry: AuditEntry, names: AuditNames = {}): string {
  const action = entry.action.charAt(0) + entry.action.slice(1).toLowerCase().replace(/_/g, ' ');
  if (entry.action === 'ATTACHED') return `Attached ${entry.newValue ?? 'a file'}`;
  if (entry.action === 'ATTACHMENT_WITHHELD')
    return `${entry.newValue ?? 'A file'} — ${entry.note ?? 'not sent to the partner desk'}`;
  if (entry.action === 'LINKED') return `Linked: ${entry.newValue ?? '—'}`;
  if (entry.action === 'UNLINKED') return `Link removed: ${entry.oldValue ?? '—'}`;
  if (entry.action === 'MERGED')
    return `${entry.newValue ?? 'A duplicate'} merged into this ticket`;
  if (entry.action === 'WATCHER_ADDED') return `Added ${entry.newValue ?? 'someone'} as a watcher`;
  if (entry.action === 'WATCHER_REMOVED')
    return `Removed ${entry.oldValue ?? 'someone'} from the watchers`;
  if (entry.field?.startsWith('reference:')) {
    const system = entry.field.slice('reference:'.length);
    if (entry.action === 'REFERENCE_REMOVED')
      return `${system} reference removed (was ${entry.oldValue ?? '—'})`;
    if (entry.oldValue) return `${system} reference: ${entry.oldValue} → ${entry.newValue ?? '—'}`;
    return `${system} reference set to ${entry.newValue ?? '—'}`;
  }
  if (!entry.field) return action;
  const field = FIELD_LABEL[entry.field] ?? entry.field;
  const lookup =
    entry.field === 'group' ? names.group : entry.field === 'assignee' ? names.staff : undefined;
  const from = named(entry.oldValue, lookup);
  const to = named(entry.newValue, lookup);
  if (from && to) return `${field}: ${from} → ${to}`;
  if (to) return entry.field === 'assignee' ? `Assigned to ${to}` : `${field} set to ${to}`;
  if (from)
    return entry.field === 'assignee'
      ? `Unassigned (was ${from})`
      : `${field} cleared (was ${from})`;
  return `${action}: ${field}`;
}

function humanValue(value: string | null): string | null {
  if (value === null || value === '') return null;
  if (/^[A-Z_]+$/.test(value)) {
    return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
  }
  return value;
}
