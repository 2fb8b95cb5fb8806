package org.medley.integrations.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a webhook's raw body with the connector's webhook secret, sent as {@code
 * X-Medley-Signature: sha256=<hex>} (the GitHub and Jira convention). Checked in constant time.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Medley-Signature";

  /**
   * The same signature as Jira Cloud's webhooks send it (a secret set on the Jira webhook signs the
   * body into {@code X-Hub-Signature: sha256=<hex>}), accepted so Jira needs no proxy.
   */
  public static final String JIRA_HEADER = "X-Hub-Signature";

  private WebhookSignature() {}

  public static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether {@code header} is the signature of {@code body}; a missing header is not. */
  public static boolean valid(String secret, String body, String header) {
    if (header == null || secret == null || secret.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, body).getBytes(StandardCharsets.UTF_8),
        header.strip().getBytes(StandardCharsets.UTF_8));
  }
}
