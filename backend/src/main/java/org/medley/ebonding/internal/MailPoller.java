package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.MailGateway;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the support mailboxes (connectors of kind EMAIL) on every node, one node at a time per
 * mailbox: the same lease as the polled partner desks ({@link PollStates}), so a mailbox is read by
 * whichever node claims it and by nobody else until the poll ends or the lease lapses. Each mail is
 * handled once ({@link MailIntake} keys it on its Message-ID); a mail whose handling failed stays
 * unread and comes again next poll. A mailbox that is down or refuses the sign-in is tried again
 * every {@code pollInterval}; the failure is kept as the poll's last error, which the connector's
 * status shows until a poll succeeds.
 */
@Singleton
@Requires(property = "medley.ebonding.poll.enabled", notEquals = "false")
class MailPoller {

  private static final Logger LOG = LoggerFactory.getLogger(MailPoller.class);

  /** Mails one poll reads at most; the rest wait for the next poll. */
  static final int BATCH = 50;

  private final ConnectorDirectory directory;
  private final MailGateway mailboxes;
  private final MailIntake intake;
  private final PollStates states;
  private final Clock clock;
  private final Duration interval;
  private final Duration lease;
  private final String node;
  private final FailedTurns failures = new FailedTurns(LOG, "Reading the support mailboxes");

  @Inject
  MailPoller(
      ConnectorDirectory directory,
      MailGateway mailboxes,
      MailIntake intake,
      PollStates states,
      Clock clock,
      @Value("${medley.ebonding.poll.interval:5s}") Duration interval,
      @Value("${medley.ebonding.poll.lease:2m}") Duration lease) {
    this(directory, mailboxes, intake, states, clock, interval, lease, states.nodeName());
  }

  MailPoller(
      ConnectorDirectory directory,
      MailGateway mailboxes,
      MailIntake intake,
      PollStates states,
      Clock clock,
      Duration interval,
      Duration lease,
      String node) {
    this.directory = directory;
    this.mailboxes = mailboxes;
    this.intake = intake;
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

  /** Reads every mailbox that is due and free; returns how many this node read. */
  int pollDue() {
    int polled = 0;
    for (ConnectorDirectory.Connector connector : directory.all()) {
      if (connector.connection().kind() == DeskKind.EMAIL && poll(connector)) {
        polled++;
      }
    }
    return polled;
  }

  /** Reads one mailbox if it is due and no other node holds it; false when it was not read. */
  boolean poll(ConnectorDirectory.Connector mailbox) {
    Instant now = clock.instant();
    Duration every = PollStates.every(mailbox, interval);
    var claim =
        states.claim(
            mailbox.id(), mailbox.tenantId(), node, now, now.plus(lease), now.minus(every));
    if (claim.isEmpty()) {
      return false;
    }
    String error = null;
    try {
      mailboxes.fetch(
          mailbox.connection(), BATCH, intake.maxFileBytes(), mail -> intake.handle(mailbox, mail));
    } catch (RuntimeException e) {
      error = PollStates.describe(e);
      LOG.warn("Reading the mailbox {} failed: {}", mailbox.connection().name(), error);
    }
    states.release(mailbox.id(), node, clock.instant(), error);
    return true;
  }
}
