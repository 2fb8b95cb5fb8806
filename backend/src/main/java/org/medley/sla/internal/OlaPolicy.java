package org.medley.sla.internal;

/**
 * An engagement's operational-level thresholds for the part of a ticket's life the engagement's
 * groups hold: one per engagement; {@code partnerId} is the engagement's partner, kept because OLA
 * timers and compliance report per partner.
 */
record OlaPolicy(long id, long engagementId, long partnerId, PolicyTerms terms) {}
