package org.medley.desk.internal;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How a support group that assigns its own work picks the member who takes a new ticket ({@link
 * AssignmentPolicy} applies it).
 *
 * <ul>
 *   <li>{@link #SKILLED_ON_SHIFT}: among members on shift now whose skill on the ticket's
 *       application is enough for the group's tier, the one with the fewest open tickets per hour
 *       of weekly capacity. Needs shifts, skills and capacities recorded; without them nobody
 *       qualifies and the ticket waits unassigned in the group.
 *   <li>{@link #FEWEST_OPEN_TICKETS}: the member holding the fewest open tickets, whatever their
 *       shift or skill. Works from day one, before the hospital has recorded shifts or skills.
 * </ul>
 *
 * Ties go to the lower staff id under both, so the choice is repeatable.
 */
@Serdeable
enum AssignmentStrategy {
  SKILLED_ON_SHIFT,
  FEWEST_OPEN_TICKETS
}
