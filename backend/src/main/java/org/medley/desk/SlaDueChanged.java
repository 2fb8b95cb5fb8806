package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * The nearest deadline of a ticket's counting SLA and OLA timers changed, a breached one not yet
 * stopped included (null: none counts). Published synchronously inside the transaction that changed
 * the timers, so the desk can keep its queue's sort column in step: listen with
 * {@code @EventListener void on(SlaDueChanged event)}.
 */
public record SlaDueChanged(long tenantId, long ticketId, @Nullable Instant dueAt) {}
