package org.medley.sla.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.medley.desk.SlaDueChanged;

/** Listens as the desk would: records every SlaDueChanged (a listener only; replaces nothing). */
@Singleton
class SlaDueRecorder {

  final List<SlaDueChanged> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(SlaDueChanged event) {
    events.add(event);
  }

  List<SlaDueChanged> forTicket(long ticketId) {
    return events.stream().filter(e -> e.ticketId() == ticketId).toList();
  }
}
