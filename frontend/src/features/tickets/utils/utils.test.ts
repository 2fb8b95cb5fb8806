import { describe, expect, it } from 'vitest';
import { deadline } from '@/lib/time';
import type { AuditEntry, Comment } from '../types';
import { IMPACT_CHOICES, URGENCY_CHOICES, priorityOf, requesterStatus } from './plain-language';
import { validateReport, EMPTY_DRAFT } from './report';
import { shortcutFor } from './shortcuts';
import { describeAudit, mergeTimeline } from './timeline';
import { formatTotal, pageCount } from './totals';

describe('plain-language impact and urgency', () => {
  it.each([
    [1, 1, 'P1'],
    [1, 2, 'P2'],
    [2, 1, 'P2'],
    [1, 3, 'P3'],
    [2, 2, 'P3'],
    [3, 1, 'P3'],
    [2, 3, 'P4'],
    [3, 2, 'P4'],
    [3, 3, 'P4'],
  ])('impact %i × urgency %i is %s (ITIL matrix)', (impact, urgency, priority) => {
    expect(priorityOf(impact, urgency)).toBe(priority);
  });

  it('maps the plain answers to ITIL values: the widest reach and a stopped ward are 1', () => {
    const impact = Object.fromEntries(IMPACT_CHOICES.map((c) => [c.label, c.value]));
    expect(impact).toEqual({
      'Just me': 3,
      'My team or unit': 2,
      'Many people or the whole site': 1,
    });
    const urgency = Object.fromEntries(URGENCY_CHOICES.map((c) => [c.label, c.value]));
    expect(urgency).toEqual({
      'It can wait': 3,
      'It slows us down': 2,
      'Work or patient care is stopped': 1,
    });
    // "just me, it can wait" is the lowest priority; "whole site, care stopped" the highest.
    expect(priorityOf(impact['Just me']!, urgency['It can wait']!)).toBe('P4');
    expect(
      priorityOf(
        impact['Many people or the whole site']!,
        urgency['Work or patient care is stopped']!,
      ),
    ).toBe('P1');
  });

  it('tells a requester why their ticket waits', () => {
    expect(requesterStatus('PENDING', 'CUSTOMER')).toBe('Waiting for your answer');
    expect(requesterStatus('RESOLVED', null)).toBe('Fixed — please confirm');
  });
});

describe('report validation', () => {
  it('names every missing answer', () => {
    expect(validateReport(EMPTY_DRAFT).map((e) => e.field)).toEqual([
      'applicationId',
      'title',
      'description',
      'impact',
      'urgency',
    ]);
  });

  it('accepts a complete report and refuses a summary over 200 characters', () => {
    const complete = {
      ...EMPTY_DRAFT,
      application: { id: 1, name: 'Epic', vendor: 'Epic', category: 'EHR', criticality: 1 },
      title: 'Cannot print',
      description: 'Blank labels',
      impact: 2,
      urgency: 2,
    };
    expect(validateReport(complete)).toEqual([]);
    expect(validateReport({ ...complete, title: 'x'.repeat(201) })).toEqual([
      { field: 'title', message: 'Keep the summary to 200 characters (1 too many)' },
    ]);
  });
});

const comment = (id: number, createdAt: string): Comment => ({
  id,
  authorName: 'Dana',
  visibility: 'PUBLIC',
  body: `comment ${id}`,
  createdAt,
});
const audit = (id: number, at: string, action = 'TRANSITIONED'): AuditEntry => ({
  id,
  actorName: 'Dana',
  at,
  action,
  field: 'status',
  oldValue: 'NEW',
  newValue: 'IN_PROGRESS',
  note: null,
});

describe('timeline merge', () => {
  it('interleaves comments and changes by time, oldest first', () => {
    const merged = mergeTimeline(
      [comment(1, '2026-11-23T10:05:00Z'), comment(2, '2026-11-23T10:20:00Z')],
      [audit(7, '2026-11-23T10:00:00Z'), audit(8, '2026-11-23T10:10:00Z')],
    );
    expect(merged.map((entry) => entry.key)).toEqual([
      'audit-7',
      'comment-1',
      'audit-8',
      'comment-2',
    ]);
  });

  it('puts the change before a comment made at the same instant and drops "commented" lines', () => {
    const at = '2026-11-23T10:00:00Z';
    const merged = mergeTimeline([comment(1, at)], [audit(9, at, 'COMMENTED'), audit(7, at)]);
    expect(merged.map((entry) => entry.key)).toEqual(['audit-7', 'comment-1']);
  });

  it('describes attachments and external references in plain words', () => {
    const at = '2026-11-23T10:00:00Z';
    const attached: AuditEntry = {
      ...audit(3, at, 'ATTACHED'),
      field: 'attachment',
      oldValue: null,
      newValue: 'scan.pdf',
    };
    expect(describeAudit(attached)).toBe('Attached scan.pdf');
    const withheld: AuditEntry = {
      ...attached,
      action: 'ATTACHMENT_WITHHELD',
      note: 'Not sent to Apex RT: the ticket holds patient information',
    };
    expect(describeAudit(withheld)).toBe(
      'scan.pdf — Not sent to Apex RT: the ticket holds patient information',
    );
    const reference = { ...audit(4, at, 'REFERENCE_ADDED'), field: 'reference:EPIC' };
    expect(describeAudit({ ...reference, oldValue: null, newValue: 'SR-1' })).toBe(
      'EPIC reference set to SR-1',
    );
    expect(describeAudit({ ...reference, oldValue: 'SR-1', newValue: 'SR-2' })).toBe(
      'EPIC reference: SR-1 → SR-2',
    );
    expect(
      describeAudit({
        ...reference,
        action: 'REFERENCE_REMOVED',
        oldValue: 'SR-2',
        newValue: null,
      }),
    ).toBe('EPIC reference removed (was SR-2)');
  });

  it('describes changes with names where it knows them', () => {
    const moved: AuditEntry = {
      ...audit(1, '2026-11-23T10:00:00Z', 'ASSIGNED'),
      field: 'group',
      oldValue: '1',
      newValue: '9',
    };
    const names = { group: (id: number) => ({ 1: 'Service Desk', 9: 'Imaging' })[id] };
    expect(describeAudit(moved, names)).toBe('Group: Service Desk → Imaging');
    expect(describeAudit(audit(2, '2026-11-23T10:00:00Z'))).toBe('Status: New → In progress');
    expect(
      describeAudit(
        { ...moved, field: 'assignee', oldValue: null, newValue: '34' },
        {
          staff: () => undefined,
        },
      ),
    ).toBe('Assigned to #34');
  });
});

function key(key: string, target: HTMLElement = document.body, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('shortcuts', () => {
  it('maps single keys to actions on the page', () => {
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('k'))).toBe('previous');
    expect(shortcutFor(key('a'))).toBe('assignToMe');
    expect(shortcutFor(key('?'))).toBe('help');
    expect(shortcutFor(key('Enter'))).toBe('open');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('never fires while typing, with modifiers, or on Enter over a button', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const button = document.createElement('button');
    expect(shortcutFor(key('a', input))).toBeNull();
    expect(shortcutFor(key('j', textarea))).toBeNull();
    expect(shortcutFor(key('a', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('Enter', button))).toBeNull();
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(shortcutFor(key('j', checkbox))).toBe('next');
  });
});

describe('the queue SLA cell', () => {
  const now = new Date(2026, 10, 23, 10, 0).getTime(); // Monday 10:00, browser time
  const at = (day: number, hour: number, minute = 0) =>
    new Date(2026, 10, day, hour, minute).toISOString();
  it('names the deadline as a clock time, amber within the hour', () => {
    expect(deadline(at(23, 11, 12), now)).toEqual({
      text: 'due 11:12',
      breached: false,
      soon: false,
    });
    expect(deadline(at(23, 10, 40), now)).toEqual({
      text: 'due 10:40',
      breached: false,
      soon: true,
    });
    expect(deadline(at(24, 9), now).text).toBe('due Tue 09:00');
    expect(deadline(at(30, 9), now).text).toBe('due Nov 30');
  });
  it('says breached once the deadline has passed', () => {
    expect(deadline(at(23, 9, 55), now)).toEqual({ text: 'breached', breached: true, soon: false });
  });
});

describe('list totals', () => {
  it('shows an exact total as it is and a bounded one as "at least"', () => {
    expect(formatTotal({ total: 1234, totalExact: true })).toBe('1,234');
    expect(formatTotal({ total: 1000, totalExact: false })).toBe('1,000+');
    expect(formatTotal({ total: 0, totalExact: true })).toBe('0');
  });

  it('offers one page more than a bounded total fills, and at least one page', () => {
    expect(pageCount({ total: 1000, totalExact: true }, 25)).toBe(40);
    expect(pageCount({ total: 1000, totalExact: false }, 25)).toBe(41);
    expect(pageCount({ total: 0, totalExact: true }, 25)).toBe(1);
    expect(pageCount({ total: 26, totalExact: true }, 25)).toBe(2);
  });
});
