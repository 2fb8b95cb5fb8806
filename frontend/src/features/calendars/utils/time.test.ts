import { describe, expect, it } from 'vitest';
import { humanizeDuration, isIsoDuration } from './time';

describe('ISO durations', () => {
  it.each([
    ['PT4H', true, '4 h'],
    ['P1D', true, '1 day'],
    ['P3D', true, '3 days'],
    ['PT30M', true, '30 min'],
    ['P1DT2H', true, '1 day 2 h'],
    ['pt2h', true, '2 h'],
    ['P', false, 'P'],
    ['PT', false, 'PT'],
    ['4h', false, '4h'],
    ['', false, ''],
  ])('%s valid=%s reads %s', (value, valid, words) => {
    expect(isIsoDuration(value)).toBe(valid);
    expect(humanizeDuration(value)).toBe(words);
  });
});
