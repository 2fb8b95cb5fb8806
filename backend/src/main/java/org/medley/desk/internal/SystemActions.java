package org.medley.desk.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.medley.desk.DeskActions;
import org.medley.desk.SlaDueChanged;
import org.medley.platform.RetryLockConflicts;

/**
 * What other features do to tickets without a person in front: the SLA sweep locks, escalates and
 * reassigns tickets and tells people of breaches, and reports each ticket's nearest deadline, which
 * the queues sort by. Changes are audited as made by the system the caller names.
 */
@Singleton
@RetryLockConflicts
class SystemActions implements DeskActions {

  private final TicketStore store;
  private final TicketEscalation escalation;
  private final Notifications notifications;
  private final Clock clock;

  SystemActions(
      TicketStore store, TicketEscalation escalation, Notifications notifications, Clock clock) {
    this.store = store;
    this.escalation = escalation;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void lockTicket(long tenantId, long ticketId) {
    store.lock(tenantId, ticketId);
  }

  @Override
  @Transactional
  public void escalate(long tenantId, long ticketId, String actorName, String reason) {
    escalation.escalate(tenantId, ticketId, Actor.system(actorName), reason);
  }

  @Override
  @Transactional
  public void reassign(long tenantId, long ticketId, String actorName, String reason) {
    escalation.reassign(tenantId, ticketId, Actor.system(actorName), reason);
  }

  @Override
  @Transactional
  public void tell(List<Notice> notices) {
    notifications.insertAll(notices, clock.instant());
  }

  @EventListener
  void on(SlaDueChanged event) {
    store.setSlaDue(event.tenantId(), event.ticketId(), event.dueAt());
  }
}
