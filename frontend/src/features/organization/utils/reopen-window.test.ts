import { describe, expect, it } from 'vitest';
import { describeWindow, windowIso, windowParts } from './reopen-window';

describe('reopen window in days and hours', () => {
  it.each([
    ['P7D', { days: 7, hours: 0 }, 'P7D', '7 days'],
    ['PT36H', { days: 1, hours: 12 }, 'P1DT12H', '1 day and 12 hours'],
    ['P1DT12H', { days: 1, hours: 12 }, 'P1DT12H', '1 day and 12 hours'],
    ['PT12H', { days: 0, hours: 12 }, 'PT12H', '12 hours'],
    ['PT0S', { days: 0, hours: 0 }, 'PT0S', 'no reopening: a resolved ticket stays resolved'],
  ])('%s reads as %o and goes back as %s', (iso, parts, back, said) => {
    expect(windowParts(iso)).toEqual(parts);
    expect(windowIso(parts)).toBe(back);
    expect(describeWindow(parts)).toBe(said);
  });

  it.each(['', 'P', 'PT', '7 days', 'P1Y'])('%j is no window', (iso) => {
    expect(windowParts(iso)).toBeNull();
  });
});
