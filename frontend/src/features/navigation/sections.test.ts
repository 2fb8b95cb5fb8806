import { describe, expect, it } from 'vitest';
import {
  landingPathFor,
  marketplacePagesFor,
  sectionOfPath,
  sectionsFor,
  SECTIONS,
} from './sections';

const ids = (roles: string[]) => sectionsFor(roles).map((section) => section.id);

describe('sectionsFor', () => {
  it.each([
    [['end-user'], ['portal']],
    [['agent'], ['portal', 'workspace', 'vendor-cases', 'admin']],
    [['partner-agent'], ['partner', 'marketplace']],
    [['partner-manager'], ['marketplace']],
    [['it-leader'], ['vendor-cases', 'coverage', 'devices', 'marketplace', 'insights', 'admin']],
    [['executive'], ['marketplace', 'insights', 'admin']],
    [
      ['admin'],
      [
        'portal',
        'workspace',
        'vendor-cases',
        'partner',
        'coverage',
        'devices',
        'marketplace',
        'insights',
        'admin',
      ],
    ],
    [
      ['agent', 'executive'],
      ['portal', 'workspace', 'vendor-cases', 'marketplace', 'insights', 'admin'],
    ],
    [[], []],
    [['unknown-role'], []],
  ])('roles %j see %j', (roles, expected) => {
    expect(ids(roles)).toEqual(expected);
  });
});

describe('landingPathFor', () => {
  it.each([
    [['partner-agent'], '/partner'],
    [['partner-manager'], '/marketplace'],
    [['executive', 'end-user'], '/insights'],
    [['it-leader', 'end-user'], '/coverage'],
    [['agent', 'end-user'], '/workspace'],
    [['admin', 'agent', 'it-leader', 'executive'], '/workspace'],
    [['admin'], '/admin'],
    [['end-user'], '/portal'],
  ])('sends %j to their home %s', (roles, path) => {
    expect(landingPathFor(roles)).toBe(path);
  });

  it('is null when no section is allowed', () => {
    expect(landingPathFor(['unknown-role'])).toBeNull();
  });
});

describe('sectionOfPath', () => {
  it.each([
    ['/workspace', 'workspace'],
    ['/workspace/tickets/42', 'workspace'],
    ['/workspace/vendor-cases', 'vendor-cases'],
    ['/admin/vendors', 'admin'],
    ['/workspaces', undefined],
  ])('puts %s in %s', (path, id) => {
    expect(sectionOfPath(SECTIONS, path)?.id).toBe(id);
  });
});

describe('marketplacePagesFor', () => {
  const labels = (roles: string[]) => marketplacePagesFor(roles).map((page) => page.label);
  it.each([
    [['it-leader'], ['Requests and engagements', 'Go-lives', 'Scorecards']],
    [['executive'], ['Requests and engagements', 'Go-lives', 'Scorecards']],
    [['admin'], ['Requests and engagements', 'Go-lives', 'Scorecards']],
    [['partner-manager'], ['Requests and engagements', 'Scorecards']],
    [['partner-agent'], ['Requests and engagements']],
    [['agent'], []],
  ])('%j see %j', (roles, expected) => {
    expect(labels(roles)).toEqual(expected);
  });
});
