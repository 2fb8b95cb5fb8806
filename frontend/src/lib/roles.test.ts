import { describe, expect, it } from 'vitest';
import { roleLabel, rolesAsAudience } from './roles';

describe('roles', () => {
  it('names who a section is for in plain words', () => {
    expect(rolesAsAudience(['agent', 'admin'])).toBe('service desk agents and administrators');
    expect(rolesAsAudience(['executive', 'it-leader', 'admin'])).toBe(
      'executives, IT leaders, and administrators',
    );
  });

  it('shows unknown roles as they come', () => {
    expect(roleLabel('auditor')).toBe('auditor');
    expect(roleLabel('it-leader')).toBe('IT leader');
  });
});
