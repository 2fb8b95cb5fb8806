package org.medley.outbox;

import java.util.Set;

/**
 * Delivers outbox events of some types (an e-mail, a partner desk call). The relay calls it after
 * the transaction that wrote the event has committed, outside any transaction, at least once: a
 * handler that throws is retried with backoff, so delivery must be safe to repeat.
 */
public interface OutboxHandler {

  /** The event types this handler delivers; the relay claims no other types for it. */
  Set<String> types();

  void deliver(OutboxEvent event) throws Exception;
}
