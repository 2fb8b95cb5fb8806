package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;

/** What {@code /api/integrations/connectors} reads and answers. Secrets go in, never out. */
final class ConnectorApi {

  private ConnectorApi() {}

  /**
   * A connector as an admin writes it. On a change, {@code version} is required; a secret left out
   * (null or blank) keeps the stored one, {@code webhookSecret: ""} removes it; {@code kind} cannot
   * change.
   */
  @Serdeable
  record Input(
      @Nullable DeskKind kind,
      @Nullable String name,
      @Nullable String baseUrl,
      @Nullable AuthInput auth,
      @Nullable Map<String, String> settings,
      @Nullable StatusMapInput statusMap,
      @Nullable String webhookSecret,
      @Nullable Long version) {}

  /**
   * How Medley signs in to the desk: {@code TOKEN} takes {@code token}; {@code BASIC} {@code
   * username} and {@code password}; {@code OAUTH2_CLIENT} {@code tokenUrl}, {@code clientId} and
   * {@code clientSecret}; {@code NONE} nothing.
   */
  @Serdeable
  record AuthInput(
      @Nullable DeskConnection.Auth.Type type,
      @Nullable String token,
      @Nullable String username,
      @Nullable String password,
      @Nullable String clientId,
      @Nullable String clientSecret,
      @Nullable String tokenUrl) {}

  /**
   * Status mapping on top of the protocol's defaults: {@code inbound} desk status (lower case) → a
   * meaning (IN_PROGRESS, ON_HOLD, RESOLVED, CANCELLED, REJECTED); {@code outbound} Medley status →
   * desk status.
   */
  @Serdeable
  record StatusMapInput(
      @Nullable Map<String, String> inbound, @Nullable Map<String, String> outbound) {}

  /**
   * The auth a connector uses, without its secrets: {@code secretSet} says whether one is stored.
   */
  @Serdeable
  record AuthView(
      DeskConnection.Auth.Type type,
      @Nullable String username,
      @Nullable String clientId,
      @Nullable String tokenUrl,
      boolean secretSet) {}

  @Serdeable
  record StatusMapView(Map<String, String> inbound, Map<String, String> outbound) {}

  /**
   * A connector. {@code refSystem} is the external-reference system its ticket ids are recorded
   * under (derived from the first name, never changes); {@code webhookUrl} is where the desk calls
   * Medley, signing each call with the webhook secret or sending a bearer token it got at {@code
   * webhookTokenUrl} (OAuth2 client credentials: client id {@code webhookClientId}, client secret
   * the webhook secret).
   */
  @Serdeable
  record Connector(
      long id,
      DeskKind kind,
      String name,
      String refSystem,
      String baseUrl,
      AuthView auth,
      Map<String, String> settings,
      StatusMapView statusMap,
      boolean webhookSecretSet,
      String webhookUrl,
      String webhookTokenUrl,
      String webhookClientId,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  @Serdeable
  record Page(List<Connector> items, int page, int size, long total) {}

  /** Whether Medley reached the desk with the stored credentials, and how long that took. */
  @Serdeable
  record TestResult(boolean ok, String detail, long millis) {}
}
