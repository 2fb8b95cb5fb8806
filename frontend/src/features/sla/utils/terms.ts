import type { OlaAction } from '../types';

/** The terms an SLA policy and an OLA share, as their form holds them. */
export interface PolicyTermsDraft<A extends OlaAction = OlaAction> {
  calendarId: number;
  response: string;
  resolution: string;
  pauseOn: string[];
  /** As typed ("50, 75, 90"). */
  warnings: string;
  breachActions: A[];
}

type Terms<A extends OlaAction> = Omit<PolicyTermsDraft<A>, 'warnings'> & { warnings: number[] };

/** A stored policy's (or OLA's) terms, ready to edit. */
export function draftOf<A extends OlaAction>(terms: Terms<A>): PolicyTermsDraft<A> {
  const { calendarId, response, resolution, pauseOn, warnings, breachActions } = terms;
  return {
    calendarId,
    response,
    resolution,
    pauseOn,
    warnings: warnings.join(', '),
    breachActions,
  };
}

/** The terms as the API takes them: targets in capitals, warnings read as numbers. */
export function termsOf<A extends OlaAction>(draft: PolicyTermsDraft<A>): Terms<A> {
  return {
    ...draft,
    response: draft.response.trim().toUpperCase(),
    resolution: draft.resolution.trim().toUpperCase(),
    warnings: parseWarnings(draft.warnings),
  };
}

/**
 * "50, 75, 90" as typed → [50, 75, 90]. An entry that is not a number becomes NaN, which JSON sends
 * as null: the server names that entry (`warnings[2]`) in its refusal.
 */
export function parseWarnings(text: string): number[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map(Number);
}
