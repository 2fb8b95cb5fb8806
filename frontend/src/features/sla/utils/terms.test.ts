import { describe, expect, it } from 'vitest';
import { parseWarnings } from './terms';

describe('parseWarnings', () => {
  it('reads comma-separated percentages and skips empty entries', () => {
    expect(parseWarnings(' 50, 75 ,90, ')).toEqual([50, 75, 90]);
    expect(parseWarnings('')).toEqual([]);
  });

  it('sends an unreadable entry as null for the server to name', () => {
    expect(JSON.stringify(parseWarnings('90, 50, abc'))).toBe('[90,50,null]');
  });
});
