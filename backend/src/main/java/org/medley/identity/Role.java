package org.medley.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles Medley knows, named as Keycloak's realm roles and the built-in issuer's claims. */
public enum Role {
  END_USER("end-user"),
  AGENT("agent"),
  PARTNER_AGENT("partner-agent"),
  /** A partner's manager: its marketplace profile, proposals and scorecard, never tickets alone. */
  PARTNER_MANAGER("partner-manager"),
  IT_LEADER("it-leader"),
  EXECUTIVE("executive"),
  ADMIN("admin");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The role as it appears in a token's roles claim and in {@code @Secured}. */
  public String claim() {
    return claim;
  }

  /** Roles only a partner's employees hold: they scope a person to their company's work. */
  public boolean partnerOnly() {
    return this == PARTNER_AGENT || this == PARTNER_MANAGER;
  }

  public static Optional<Role> fromClaim(String claim) {
    return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
  }

  /** Constants for {@code @Secured}, which needs compile-time strings. */
  public static final class Names {
    public static final String END_USER = "end-user";
    public static final String AGENT = "agent";
    public static final String PARTNER_AGENT = "partner-agent";
    public static final String PARTNER_MANAGER = "partner-manager";
    public static final String IT_LEADER = "it-leader";
    public static final String EXECUTIVE = "executive";
    public static final String ADMIN = "admin";

    private Names() {}
  }
}
