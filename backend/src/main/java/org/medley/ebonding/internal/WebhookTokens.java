package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.medley.identity.InstallationKeys;

/**
 * The access tokens Medley issues to a partner desk for its own webhook (OAuth2 client credentials,
 * RFC 6749 §4.4): short-lived, bound to one connector, good for that connector's webhook and for
 * nothing else — not a user session, no JWT a user route would take.
 *
 * <p>A token reads {@code mwh1.<connectorId>.<expires, epoch seconds>.<mac>}, the MAC being the
 * HMAC-SHA256 of the first three parts under a key of its own per connector: HMAC-SHA256, keyed
 * with the installation's key {@value #KEY_NAME} (kept in the database, so every node checks what
 * any node issued), of the connector id and its webhook secret. Replacing the connector's webhook
 * secret (which is also the OAuth2 client secret) therefore revokes every token issued under the
 * old one; nothing is stored per token.
 *
 * <p>The client id of a connector is {@link #clientId}; the client secret is its webhook secret,
 * compared in constant time.
 */
@Singleton
class WebhookTokens {

  static final String KEY_NAME = "ebonding-webhook-token-hmac";
  static final String PREFIX = "mwh1";

  private final byte[] key;
  private final Clock clock;
  private final Duration lifetime;

  @Inject
  WebhookTokens(
      InstallationKeys keys,
      Clock clock,
      @Value("${medley.ebonding.webhook-token-lifetime:5m}") Duration lifetime) {
    this(Base64.getUrlDecoder().decode(keys.key(KEY_NAME, 32)), clock, lifetime);
  }

  WebhookTokens(byte[] key, Clock clock, Duration lifetime) {
    this.key = key.clone();
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A token as the token endpoint answers it. */
  record Issued(String accessToken, long expiresIn) {}

  /** The OAuth2 client id of a connector's desk: {@code medley-connector-<id>}. */
  static String clientId(long connectorId) {
    return "medley-connector-" + connectorId;
  }

  /**
   * Whether {@code clientId}/{@code clientSecret} are the credentials of {@code connector}: its
   * client id and its webhook secret (a connector without one has no client).
   */
  static boolean authentic(
      ConnectorDirectory.Connector connector, String clientId, String clientSecret) {
    String secret = connector.webhookSecret();
    if (secret == null || secret.isEmpty() || clientId == null || clientSecret == null) {
      return false;
    }
    boolean idMatches = clientId(connector.id()).equals(clientId);
    boolean secretMatches =
        MessageDigest.isEqual(
            secret.getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8));
    return idMatches & secretMatches;
  }

  Issued issue(ConnectorDirectory.Connector connector) {
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    String head = PREFIX + "." + connector.id() + "." + expires;
    return new Issued(head + "." + mac(connector, head), lifetime.toSeconds());
  }

  /** Why a presented token is no good for {@code connector}, or empty when it is good. */
  Optional<String> refusal(ConnectorDirectory.Connector connector, String token) {
    String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return Optional.of("not an access token of this webhook");
    }
    if (!parts[1].equals(String.valueOf(connector.id()))) {
      return Optional.of("the access token was issued for another connector");
    }
    String head = parts[0] + "." + parts[1] + "." + parts[2];
    String secret = connector.webhookSecret();
    if (secret == null
        || !MessageDigest.isEqual(
            mac(connector, head).getBytes(StandardCharsets.US_ASCII),
            parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("the access token is not one Medley issued for this connector");
    }
    long expires;
    try {
      expires = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return Optional.of("not an access token of this webhook");
    }
    if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
      return Optional.of("the access token has expired: ask the token endpoint for a new one");
    }
    return Optional.empty();
  }

  private String mac(ConnectorDirectory.Connector connector, String head) {
    String secret = connector.webhookSecret() == null ? "" : connector.webhookSecret();
    byte[] connectorKey =
        hmac(key, "webhook-token|" + connector.id() + "|" + secret); // per connector and secret
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(connectorKey, head));
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
