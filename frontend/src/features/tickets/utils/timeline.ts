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
    ...audit.map((entry, index) => ({
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

/** One audit entry as a sentence: "Status: New → In progress". */
export function describeAudit(entry: AuditEntry): string {
  const action = entry.action.charAt(0) + entry.action.slice(1).toLowerCase().replace(/_/g, ' ');
  if (!entry.field) return action;
  const field = FIELD_LABEL[entry.field] ?? entry.field;
  const from = humanValue(entry.oldValue);
  const to = humanValue(entry.newValue);
  if (from && to) return `${field}: ${from} → ${to}`;
  if (to) return `${field} set to ${to}`;
  if (from) return `${field} cleared (was ${from})`;
  return `${action}: ${field}`;
}

function humanValue(value: string | null): string | null {
  if (value === null || value === '') return null;
  if (/^[A-Z_]+$/.test(value)) {
    return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
  }
  return value;
}
