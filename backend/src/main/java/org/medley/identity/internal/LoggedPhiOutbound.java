package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.PhiClearance;
import org.medley.identity.PhiKind;
import org.medley.identity.PhiOutbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PhiOutbound}: one INFO line per outbound payload on the {@code org.medley.phi.outbound}
 * logger, e.g. {@code partner-desk INC-000123 to organisation 7 of tenant 1: filtered, removed
 * MRN=1 NAME=1 PHONE=1}. Counts only: the log may be shipped where PHI must not go.
 */
@Singleton
class LoggedPhiOutbound implements PhiOutbound {

  private static final Logger LOG = LoggerFactory.getLogger("org.medley.phi.outbound");

  private final PhiClearance clearance;
  private final Hospitals hospitals;

  LoggedPhiOutbound(PhiClearance clearance, Hospitals hospitals) {
    this.clearance = clearance;
    this.hospitals = hospitals;
  }

  @Override
  public Payload payload(long tenantId, @Nullable Long receiver, String channel, String reference) {
    boolean cleared =
        receiver != null
            && clearance.readsPhi(new Caller(channel, channel, tenantId, receiver, Set.of()));
    return new Counted(
        cleared ? null : hospitals.minimumNecessary(tenantId),
        tenantId,
        receiver,
        channel,
        reference);
  }

  private static final class Counted implements Payload {
    private final @Nullable MinimumNecessary filter;
    private final long tenantId;
    private final @Nullable Long receiver;
    private final String channel;
    private final String reference;
    private final Map<PhiKind, Integer> removed = new EnumMap<>(PhiKind.class);
    private boolean logged;

    Counted(
        @Nullable MinimumNecessary filter,
        long tenantId,
        @Nullable Long receiver,
        String channel,
        String reference) {
      this.filter = filter;
      this.tenantId = tenantId;
      this.receiver = receiver;
      this.channel = channel;
      this.reference = reference;
    }

    @Override
    public @Nullable String text(@Nullable String text) {
      if (text == null || filter == null) {
        return text;
      }
      MinimumNecessary.Masking masking = filter.mask(text);
      masking.counts().forEach((kind, n) -> removed.merge(kind, n, Integer::sum));
      return masking.text();
    }

    @Override
    public boolean filtered() {
      return filter != null;
    }

    @Override
    public Map<PhiKind, Integer> removed() {
      return Collections.unmodifiableMap(removed);
    }

    @Override
    public void close() {
      if (logged) {
        return;
      }
      logged = true;
      LOG.info(
          "{} {} to {} of tenant {}: {}",
          channel,
          reference,
          receiver == null ? "a receiver without an agreement" : "organisation " + receiver,
          tenantId,
          filter == null
              ? "not filtered (business associate agreement in force)"
              : "filtered, removed " + MinimumNecessary.Masking.summary(removed));
    }
  }
}
