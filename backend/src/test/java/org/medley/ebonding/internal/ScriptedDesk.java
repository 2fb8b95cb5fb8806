package org.medley.ebonding.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * A {@link DeskGateway} double handed straight to the class under test (never through the
 * application context): its webhook reads the changes a test scripted, its polls page through a
 * desk's change log by position (the watermark is the index of the next change) and can be told to
 * fail.
 */
final class ScriptedDesk implements DeskGateway {

  private final List<DeskChange> log = new ArrayList<>();
  private final Deque<RuntimeException> failures = new ArrayDeque<>();
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final List<String> asked = new ArrayList<>();
  private final int pageSize;
  private List<DeskChange> webhook = List.of();

  ScriptedDesk(int pageSize) {
    this.pageSize = pageSize;
  }

  /** What the next webhook call reads. */
  ScriptedDesk webhookReads(List<DeskChange> changes) {
    this.webhook = List.copyOf(changes);
    return this;
  }

  /** Something happened in the desk. */
  synchronized void happened(DeskChange change) {
    log.add(change);
  }

  /** The next poll fails so. */
  synchronized void failNextPoll(RuntimeException failure) {
    failures.add(failure);
  }

  int polls() {
    return polls.get();
  }

  @Override
  public boolean polled(DeskKind kind) {
    return true;
  }

  /** The watermarks polls started from, in order. */
  synchronized List<String> asked() {
    return List.copyOf(asked);
  }

  /** The most polls that were ever in flight at once. */
  int mostAtOnce() {
    return mostAtOnce.get();
  }

  /** Answers like a desk a few milliseconds away, so overlapping polls would overlap here too. */
  @Override
  public DeskChanges poll(DeskConnection connection, String watermark) {
    int now = inFlight.incrementAndGet();
    mostAtOnce.accumulateAndGet(now, Math::max);
    try {
      polls.incrementAndGet();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
      synchronized (this) {
        asked.add(String.valueOf(watermark));
        if (!failures.isEmpty()) {
          throw failures.poll();
        }
        if (watermark == null) {
          return new DeskChanges(List.of(), String.valueOf(log.size()));
        }
        int from = Integer.parseInt(watermark);
        int to = Math.min(log.size(), from + pageSize);
        return new DeskChanges(List.copyOf(log.subList(from, to)), String.valueOf(to));
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    if (!body.startsWith("{")) {
      throw new MalformedDeskEvent("not JSON");
    }
    return webhook;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update) {
    throw new DeskUnavailable("a scripted desk takes no deliveries");
  }

  @Override
  public boolean hubListener(DeskKind kind) {
    return false;
  }

  @Override
  public String subscribe(DeskConnection connection, String callbackUrl) {
    throw new UnsupportedOperationException("A scripted desk has no hub");
  }

  @Override
  public void unsubscribe(DeskConnection connection, String hubId) {
    throw new UnsupportedOperationException("A scripted desk has no hub");
  }

  @Override
  public DeskHealth test(DeskConnection connection) {
    return new DeskHealth(true, "scripted", 0);
  }
}
