import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [(27 * 60 + 10) * 60_000, '1 d 3 h'],
    [2 * 86_400_000, '2 d'],
    [(3 * 60 + 5) * 60_000, '3 h 05 min'],
    [2 * 3_600_000, '2 h 00 min'],
    [(29 * 60 + 58) * 1000, '29 min'],
    [59_000, '< 1 min'],
    [-(26 * 60 + 3) * 60_000, '1 d 2 h'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
