import { describe, expect, it } from 'vitest';
import { channelText, previewPattern, removedText } from './describe';

describe('channelText', () => {
  const names = (id: number) => (id === 3 ? 'Epic ServiceNow' : undefined);
  it('names where cases go', () => {
    expect(
      channelText(
        { channel: 'EMAIL', caseEmail: 'support@epic.example', connectorId: null },
        names,
      ),
    ).toBe('E-mail to support@epic.example');
    expect(channelText({ channel: 'CONNECTOR', caseEmail: null, connectorId: 3 }, names)).toBe(
      'Partner desk: Epic ServiceNow',
    );
    expect(channelText({ channel: 'CONNECTOR', caseEmail: null, connectorId: 9 }, names)).toBe(
      'Partner desk (through a connector)',
    );
    expect(channelText({ channel: null, caseEmail: null, connectorId: null }, names)).toBeNull();
  });
});

describe('removedText', () => {
  it('counts what the PHI filter took out, in words', () => {
    expect(removedText({ MRN: 1, PHONE: 2 })).toBe('1 MRN and 2 phone numbers');
    expect(removedText({ SSN: 1, DATE_OF_BIRTH: 2, MRN: 0 })).toBe(
      '1 social security number and 2 dates of birth',
    );
    expect(removedText({})).toBe('');
  });
});

describe('previewPattern', () => {
  it('finds group 1, else the whole match', () => {
    expect(previewPattern('Case (\\d{6,})', 'RE: Case 0123456 [Medley INC-42]')).toEqual({
      kind: 'found',
      caseNumber: '0123456',
    });
    expect(previewPattern('SR-\\d+', 'Update on SR-778 please')).toEqual({
      kind: 'found',
      caseNumber: 'SR-778',
    });
  });

  it('says when nothing matches, the pattern is broken or empty', () => {
    expect(previewPattern('SR-\\d+', 'no number here')).toEqual({ kind: 'none' });
    expect(previewPattern('Case (\\d+', 'x').kind).toBe('invalid');
    expect(previewPattern('  ', 'x')).toEqual({ kind: 'empty' });
  });
});
