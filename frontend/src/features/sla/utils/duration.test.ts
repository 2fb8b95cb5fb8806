import { describe, expect, it } from 'vitest';
import { durationMs, formatTarget, isTarget } from './duration';

describe('durations', () => {
  it.each([
    ['PT4H', 4 * 3_600_000],
    ['PT15M', 15 * 60_000],
    ['P3D', 3 * 86_400_000],
    ['PT-1H-5M', -65 * 60_000],
    ['PT1H30M10S', 5_410_000],
  ])('%s is %d ms', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '4 hours', 'PT4X'])('%s is not a duration', (text) => {
    expect(durationMs(text)).toBeNull();
  });

  it('only positive durations are targets', () => {
    expect(isTarget('PT1H')).toBe(true);
    expect(isTarget('PT0S')).toBe(false);
    expect(isTarget('-PT1H')).toBe(false);
  });

  it('targets read as people say them', () => {
    expect(formatTarget('PT27H')).toBe('27 h');
    expect(formatTarget('PT15M')).toBe('15 min');
    expect(formatTarget('PT1H30M')).toBe('1 h 30 min');
  });
});
