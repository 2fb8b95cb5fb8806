import { describe, expect, it } from 'vitest';
import { isTarget } from './duration';

describe('targets', () => {
  it('only positive durations are targets', () => {
    expect(isTarget('PT1H')).toBe(true);
    expect(isTarget('PT0S')).toBe(false);
    expect(isTarget('-PT1H')).toBe(false);
  });
});
