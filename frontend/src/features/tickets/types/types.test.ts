import { describe, expectTypeOf, it } from 'vitest';
import type {
  PENDING_REASONS,
  PRIORITIES,
  RESOLUTION_CODES,
  TICKET_STATUSES,
  TIERS,
  PendingReason,
  Priority,
  ResolutionCode,
  TicketStatus,
  Tier,
} from '.';

// Checked by tsc: a value the API adds (or drops) and a list misses fails the build.
describe('the lists screens offer', () => {
  it('name every value of the API enumeration, and no other', () => {
    expectTypeOf<(typeof TICKET_STATUSES)[number]>().toEqualTypeOf<TicketStatus>();
    expectTypeOf<(typeof PRIORITIES)[number]>().toEqualTypeOf<Priority>();
    expectTypeOf<(typeof TIERS)[number]>().toEqualTypeOf<Tier>();
    expectTypeOf<(typeof PENDING_REASONS)[number]>().toEqualTypeOf<PendingReason>();
    expectTypeOf<(typeof RESOLUTION_CODES)[number]>().toEqualTypeOf<ResolutionCode>();
  });
});
