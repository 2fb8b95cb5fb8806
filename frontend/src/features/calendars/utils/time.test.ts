import { describe, expect, it } from 'vitest';
import { isIsoDuration } from './time';

describe('ISO durations', () => {
  it.each([
    ['PT4H', true],
    ['P1D', true],
    ['P3D', true],
    ['PT30M', true],
    ['P1DT2H', true],
    ['pt2h', true],
    ['PT-1H', false],
    ['P', false],
    ['PT', false],
    ['4h', false],
    ['', false],
  ])('%s valid=%s', (value, valid) => {
    expect(isIsoDuration(value)).toBe(valid);
  });
});
