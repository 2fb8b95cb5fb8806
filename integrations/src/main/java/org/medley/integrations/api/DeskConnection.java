package org.medley.integrations.api;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One partner desk as a route needs it: where it is, how to sign in (secrets decrypted, held only
 * in memory) and the settings of its protocol. The backend stores connectors and builds these; the
 * routes never see where they came from.
 *
 * @param id the connector's id, the key of every per-desk state (tokens, endpoints)
 * @param baseUrl the desk's root, e.g. {@code https://rt.northwind.example} (no trailing slash)
 * @param settings protocol settings by name, e.g. {@code queue}, {@code serviceDeskId}, {@code
 *     requestTypeId}, {@code assignmentGroup}, {@code integrationUser}; absent names take the
 *     protocol's default
 * @param statusMap overrides of the protocol's default status mapping
 */
public record DeskConnection(
    long id,
    DeskKind kind,
    String name,
    URI baseUrl,
    Auth auth,
    Map<String, String> settings,
    StatusMap statusMap) {

  public DeskConnection {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(baseUrl);
    auth = auth == null ? Auth.none() : auth;
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    statusMap = statusMap == null ? StatusMap.DEFAULTS : statusMap;
  }

  /** A setting, or {@code fallback} when the connector does not set it. */
  public String setting(String name, String fallback) {
    String value = settings.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * How Medley signs in to the desk. Fields a type does not use are null.
   *
   * @param token {@code TOKEN}: RT's auth token or an API key, sent as the protocol expects
   * @param username {@code BASIC}: the user (JSM: the account's e-mail)
   * @param password {@code BASIC}: the password or API token
   * @param clientId {@code OAUTH2_CLIENT}: the client id
   * @param clientSecret {@code OAUTH2_CLIENT}: the client secret
   * @param tokenUrl {@code OAUTH2_CLIENT}: the token endpoint (client credentials grant)
   */
  public record Auth(
      Type type,
      String token,
      String username,
      String password,
      String clientId,
      String clientSecret,
      String tokenUrl) {

    public enum Type {
      NONE,
      TOKEN,
      BASIC,
      OAUTH2_CLIENT
    }

    public static Auth none() {
      return new Auth(Type.NONE, null, null, null, null, null, null);
    }

    public static Auth token(String token) {
      return new Auth(Type.TOKEN, token, null, null, null, null, null);
    }

    public static Auth basic(String username, String password) {
      return new Auth(Type.BASIC, null, username, password, null, null, null);
    }

    public static Auth oauth2(String tokenUrl, String clientId, String clientSecret) {
      return new Auth(Type.OAUTH2_CLIENT, null, null, null, clientId, clientSecret, tokenUrl);
    }

    /** Never prints a secret, so a connection can be logged. */
    @Override
    public String toString() {
      return "Auth[" + type + (username == null ? "" : ", " + username) + "]";
    }
  }

  /**
   * Status mapping both ways, on top of the protocol's defaults.
   *
   * @param inbound the desk's status name (lower case) → what it means to Medley, a {@link
   *     DeskChange.Kind} name ({@code IN_PROGRESS}, {@code ON_HOLD}, {@code RESOLVED}, {@code
   *     CANCELLED}, {@code REJECTED}); unmapped statuses are ignored
   * @param outbound a Medley ticket status ({@code IN_PROGRESS}, {@code PENDING}, {@code RESOLVED},
   *     …) → the desk's status name
   */
  public record StatusMap(Map<String, String> inbound, Map<String, String> outbound) {

    public static final StatusMap DEFAULTS = new StatusMap(Map.of(), Map.of());

    public StatusMap {
      inbound = inbound == null ? Map.of() : Map.copyOf(inbound);
      outbound = outbound == null ? Map.of() : Map.copyOf(outbound);
    }
  }
}
