package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskGateway;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the desks that cannot call out (Request Tracker as installed) for what changed since the
 * last poll, on every node; {@link PollStates} lets one node at a time poll each desk. Each change
 * is applied once ({@link InboundChanges}); the watermark is stored after the changes before it, so
 * a failure or a restart polls again from there and misses nothing. A desk is due every {@code
 * pollInterval} (its connector's setting, an ISO-8601 duration such as {@code PT30S}; default the
 * tick, {@code medley.ebonding.poll.interval}).
 */
@Singleton
@Requires(property = "medley.ebonding.poll.enabled", notEquals = "false")
class DeskPoller {

  private static final Logger LOG = LoggerFactory.getLogger(DeskPoller.class);

  /** Pages one turn reads from a desk before it lets the next turn go on. */
  static final int MAX_PAGES = 20;

  private final ConnectorDirectory directory;
  private final DeskGateway gateway;
  private final InboundChanges inbound;
  private final PollStates states;
  private final Clock clock;
  private final Duration interval;
  private final Duration lease;
  private final String node;
  private final FailedTurns failures = new FailedTurns(LOG, "Polling partner desks");

  @Inject
  DeskPoller(
      ConnectorDirectory directory,
      DeskGateway gateway,
      InboundChanges inbound,
      PollStates states,
      Clock clock,
      @Value("${medley.ebonding.poll.interval:5s}") Duration interval,
      @Value("${medley.ebonding.poll.lease:2m}") Duration lease) {
    this(directory, gateway, inbound, states, clock, interval, lease, states.nodeName());
  }

  DeskPoller(
      ConnectorDirectory directory,
      DeskGateway gateway,
      InboundChanges inbound,
      PollStates states,
      Clock clock,
      Duration interval,
      Duration lease,
      String node) {
    this.directory = directory;
    this.gateway = gateway;
    this.inbound = inbound;
    this.states = states;
    this.clock = clock;
    this.interval = interval;
    this.lease = lease;
    this.node = node;
  }

  @Scheduled(
      fixedDelay = "${medley.ebonding.poll.interval:5s}",
      initialDelay = "${medley.ebonding.poll.initial-delay:10s}")
  void scheduled() {
    try {
      pollDue();
      failures.worked();
    } catch (RuntimeException e) {
      failures.failed("the next turn tries again", e);
    }
  }

  /** Polls every polled desk that is due and free; returns how many this node polled. */
  int pollDue() {
    int polled = 0;
    for (ConnectorDirectory.Connector connector : directory.all()) {
      if (gateway.polled(connector.connection().kind()) && poll(connector)) {
        polled++;
      }
    }
    return polled;
  }

  /** Polls one desk if it is due and no other node holds it; false when it was not polled. */
  boolean poll(ConnectorDirectory.Connector connector) {
    Instant now = clock.instant();
    var claim =
        states.claim(
            connector.id(),
            connector.tenantId(),
            node,
            now,
            now.plus(lease),
            now.minus(PollStates.every(connector, interval)));
    if (claim.isEmpty()) {
      return false;
    }
    String watermark = claim.get().watermark();
    String error = null;
    try {
      for (int page = 0; page < MAX_PAGES; page++) {
        DeskChanges changes = gateway.poll(connector.connection(), watermark);
        for (DeskChange change : changes.changes()) {
          InboundChanges.Outcome outcome = inbound.apply(connector, change);
          if (outcome == InboundChanges.Outcome.UNKNOWN_TICKET) {
            LOG.debug(
                "{}: no ticket is known as {}; change {} skipped",
                connector.connection().name(),
                change.externalId(),
                change.deskEventId());
          }
        }
        boolean moved = changes.watermark() != null && !changes.watermark().equals(watermark);
        if (moved
            && !states.advance(
                connector.id(), node, changes.watermark(), clock.instant().plus(lease))) {
          return true; // another node took the desk over; it polls on from its own claim
        }
        if (!moved || changes.changes().isEmpty()) {
          break;
        }
        watermark = changes.watermark();
      }
    } catch (RuntimeException e) {
      error = PollStates.describe(e);
      LOG.warn("Polling {} failed: {}", connector.connection().name(), error);
    }
    states.release(connector.id(), node, clock.instant(), error);
    return true;
  }
}
