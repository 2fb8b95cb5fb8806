import { describe, expect, it } from 'vitest';
import { normalizeNumber } from '../api/ticket-links';
import type { AuditEntry, TicketSummary } from '../types';
import { bulkReport, bulkRequest } from './bulk-edit';
import { describeAudit } from './timeline';

const ticket = (id: number, version = 1) =>
  ({ id, number: `INC-00000${id}`, version }) as TicketSummary;

describe('bulk edits', () => {
  it('sends each ticket with the version it was listed at', () => {
    expect(
      bulkRequest([ticket(1, 4), ticket(2, 9)], 'CHANGE_GROUP', { groupId: 3, assigneeId: null }),
    ).toEqual({
      action: 'CHANGE_GROUP',
      ticketIds: [1, 2],
      versions: { '1': 4, '2': 9 },
      groupId: 3,
    });
  });

  it('reports by the numbers the agent selected, never by what the server withheld', () => {
    const report = bulkReport(
      {
        done: 1,
        failed: 2,
        results: [
          { ticketId: 1, outcome: 'DONE', number: 'INC-000001', version: 2, reason: null },
          {
            ticketId: 2,
            outcome: 'NOT_FOUND',
            number: null,
            version: null,
            reason: 'No such ticket.',
          },
          { ticketId: 7, outcome: 'REFUSED', number: null, version: null, reason: 'is the master' },
        ],
      },
      [ticket(1), ticket(2)],
    );
    expect(report.done).toEqual(['INC-000001']);
    expect(report.problems).toEqual([
      { ticketId: 2, number: 'INC-000002', message: 'no longer visible to you' },
      { ticketId: 7, number: '#7', message: 'is the master' },
    ]);
  });
});

describe('ticket links', () => {
  it('reads a typed number as the ticket number it means', () => {
    expect(normalizeNumber(' inc-42 ')).toBe('INC-000042');
    expect(normalizeNumber('REQ000045')).toBe('REQ-000045');
    expect(normalizeNumber('INC-000123')).toBe('INC-000123');
  });

  it('writes link lines of the timeline as sentences', () => {
    const line = (action: string, oldValue: string | null, newValue: string | null) =>
      ({
        id: 1,
        actorName: 'Dana',
        at: '',
        action,
        field: 'link',
        oldValue,
        newValue,
        note: null,
      }) as AuditEntry;
    expect(describeAudit(line('LINKED', null, 'duplicated by INC-000007'))).toBe(
      'Linked: duplicated by INC-000007',
    );
    expect(describeAudit(line('UNLINKED', 'causes INC-000008', null))).toBe(
      'Link removed: causes INC-000008',
    );
    expect(describeAudit({ ...line('MERGED', null, 'INC-000007'), field: 'duplicate' })).toBe(
      'INC-000007 merged into this ticket',
    );
  });
});
