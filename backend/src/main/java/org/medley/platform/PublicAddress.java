package org.medley.platform;

import java.util.Map;

/**
 * Where users and partner desks reach Medley when {@code MEDLEY_PUBLIC_URL} does not say: this
 * machine on the port Medley listens on. Links in the log (the setup link), in mails and in
 * connectors' webhook URLs then work for a node started with another {@code MEDLEY_PORT}; before,
 * they named port 8080 whatever the port.
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** The public-URL properties to add when the environment names none. */
  public static Map<String, Object> defaultsFor(Map<String, String> env) {
    String configured = env.get("MEDLEY_PUBLIC_URL");
    if (configured != null && !configured.isBlank()) {
      return Map.of();
    }
    String port = env.getOrDefault("MEDLEY_PORT", "8080").strip();
    if (!port.matches("[1-9][0-9]{0,4}")) {
      return Map.of(); // a random port (0) or a typo: the server says; links keep their default
    }
    String url = "http://localhost:" + port;
    return Map.of("medley.public-url", url, "medley.mail.link-base", url);
  }
}
