package org.medley.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;

/**
 * One-time links that let a person set their password: an invitation (valid {@code
 * medley.users.invitation-validity}, 72 h by default, because people are often invited days before
 * they start) or a reset (valid {@code medley.users.reset-validity}, 24 h). The token is 256 random
 * bits; only its SHA-256 is stored, so a copy of the database opens no account. A link works once,
 * and issuing a new one for the same person ends the older ones. The token travels in the URL's
 * fragment ({@code /set-password#token=…}), which browsers never send to a server, and the SPA
 * posts it in a request body: it appears in no access log.
 */
@Singleton
class PasswordLinks {

  enum Purpose {
    INVITATION,
    RESET
  }

  record Issued(String token, String link, Instant expiresAt) {}

  /** A link that can still be used: whose it is and what for. */
  record Usable(long id, long userId, long tenantId, Purpose purpose, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final Duration invitationValidity;
  private final Duration resetValidity;
  private final String linkBase;

  PasswordLinks(
      JdbcOperations jdbc,
      Clock clock,
      @Value("${medley.users.invitation-validity:72h}") Duration invitationValidity,
      @Value("${medley.users.reset-validity:24h}") Duration resetValidity,
      @Value("${medley.mail.link-base:`http://localhost:8080`}") String linkBase) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.invitationValidity = invitationValidity;
    this.resetValidity = resetValidity;
    this.linkBase =
        linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
  }

  /** A new link for the person, ending any earlier one; runs in the caller's transaction. */
  Issued issue(long tenantId, long userId, Purpose purpose) {
    endAll(userId);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    Instant expires = now.plus(purpose == Purpose.INVITATION ? invitationValidity : resetValidity);
    JdbcRows.insert(
        jdbc,
        "INSERT INTO password_links (token_hash, user_id, tenant_id, purpose, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        List.of(hash(token), userId, tenantId, purpose, now, expires));
    return new Issued(token, linkBase + "/set-password#token=" + token, expires);
  }

  /** The link this token opens, if it is unused and unexpired; 404 or 410 naming {@code token}. */
  Usable usable(String token) {
    Usable found =
        jdbc.prepareStatement(
            "SELECT id, user_id, tenant_id, purpose, expires_at, used_at FROM password_links"
                + " WHERE token_hash = ?",
            statement -> {
              statement.setString(1, hash(token));
              try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                  return null;
                }
                if (rows.getTimestamp("used_at") != null) {
                  throw Refused.gone(
                      "token", "this link was already used; ask your administrator for a new one");
                }
                Instant expires = JdbcRows.instant(rows, "expires_at");
                if (!expires.isAfter(clock.instant())) {
                  throw Refused.gone(
                      "token", "this link has expired; ask your administrator for a new one");
                }
                return new Usable(
                    rows.getLong("id"),
                    rows.getLong("user_id"),
                    rows.getLong("tenant_id"),
                    Purpose.valueOf(rows.getString("purpose")),
                    expires);
              }
            });
    if (found == null) {
      throw Refused.gone("token", "this link is not valid; ask your administrator for a new one");
    }
    return found;
  }

  /** Ends every unused link of the person (used now, disabled, or a new link issued). */
  void endAll(long userId) {
    jdbc.prepareStatement(
        "UPDATE password_links SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
        statement -> {
          JdbcRows.bindAll(statement, clock.instant(), userId);
          return statement.executeUpdate();
        });
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
