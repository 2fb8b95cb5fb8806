package org.medley.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin calls are refused unless {@code MEDLEY_CORS_ORIGINS} lists the origins allowed to
 * make them (comma-separated, e.g. {@code https://desk.riverside.example}). Micronaut's CORS
 * support treats an enabled configuration without origins as "any origin", so it is only switched
 * on here, with the list, never from a default.
 */
public final class CrossOrigins {

  private CrossOrigins() {}

  /** Server properties for the origins the environment allows; none when it allows none. */
  public static Map<String, Object> propertiesFor(Map<String, String> env) {
    List<String> origins =
        Arrays.stream(env.getOrDefault("MEDLEY_CORS_ORIGINS", "").split(","))
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .toList();
    if (origins.isEmpty()) {
      return Map.of();
    }
    String prefix = "micronaut.server.cors.configurations.web.";
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("micronaut.server.cors.enabled", true);
    properties.put(prefix + "allowed-origins", origins);
    properties.put(prefix + "allowed-methods", List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    properties.put(
        prefix + "allowed-headers", List.of("Authorization", "Content-Type", "Accept", "If-Match"));
    properties.put(prefix + "exposed-headers", List.of("Location", "Content-Disposition"));
    // Bearer tokens, never cookies: browsers need not send credentials across origins.
    properties.put(prefix + "allow-credentials", false);
    properties.put(prefix + "max-age", 600);
    return properties;
  }
}
