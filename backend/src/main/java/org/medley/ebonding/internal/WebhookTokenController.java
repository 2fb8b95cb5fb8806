package org.medley.ebonding.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.medley.platform.ApiDocs;
import org.medley.platform.Problem;

/**
 * Medley as the OAuth2 authorization server of its own webhook (RFC 6749 §4.4, client credentials):
 * a partner desk that cannot sign bodies (a TMF621 hub) trades its connector's client id and secret
 * for a short-lived bearer token good for that connector's webhook only ({@link WebhookTokens}).
 *
 * <p>The answers are RFC 6749's, not problem+json: §5.1 {@code {access_token, token_type,
 * expires_in}} with {@code Cache-Control: no-store}; §5.2 errors as {@code application/json} with
 * {@code error} and {@code error_description} (OAuth2 client libraries read exactly that), plus
 * {@code title}, {@code status} and {@code detail} so they read like Medley's other refusals. The
 * client is authenticated before anything else is looked at; an unknown connector is {@code
 * invalid_client} like a wrong secret, so the endpoint tells nobody which connectors exist.
 */
@Controller("/api/integrations/{connectorId}/token")
@ApiDocs.Problems // what the platform answers before the endpoint runs (a bad path, 413, 503…)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "integrations")
class WebhookTokenController {

  /** RFC 6749 §5.1. */
  @Serdeable
  record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}

  /** RFC 6749 §5.2, with the members of Medley's problem documents beside. */
  @Serdeable
  record TokenError(
      String error,
      @JsonProperty("error_description") String errorDescription,
      String title,
      int status,
      String detail) {}

  private final ConnectorDirectory directory;
  private final WebhookTokens tokens;

  WebhookTokenController(ConnectorDirectory directory, WebhookTokens tokens) {
    this.directory = directory;
    this.tokens = tokens;
  }

  @Post
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A partner desk's access token for this connector's webhook (OAuth2 client"
              + " credentials)",
      description =
          "RFC 6749 §4.4: grant_type=client_credentials, the client authenticated by HTTP Basic"
              + " (client_secret_basic) or client_id and client_secret form fields. The client id"
              + " is medley-connector-<connectorId>, the secret the connector's webhook secret."
              + " Errors are RFC 6749 §5.2 JSON (error, error_description), not problem+json.",
      requestBody =
          @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                      schema = @Schema(type = "object"))))
  @ApiResponse(
      responseCode = "200",
      description = "The access token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description =
          "invalid_request or unsupported_grant_type (RFC 6749 §5.2, application/json); a"
              + " malformed path before the endpoint runs is problem+json",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenError.class)),
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))
      })
  @ApiResponse(
      responseCode = "401",
      description =
          "invalid_client: unknown connector, wrong client id or secret (RFC 6749 §5.2,"
              + " application/json)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenError.class)),
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))
      })
  HttpResponse<?> webhookToken(
      long connectorId,
      @Parameter(hidden = true) @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Parameter(hidden = true) @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(hidden = true) @Body @Nullable byte[] body) {
    Map<String, String> form =
        contentType != null
                && contentType.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED)
            ? form(body)
            : Map.of();
    Optional<String[]> basic = basic(authorization);
    String clientId = basic.map(b -> b[0]).orElse(form.get("client_id"));
    String clientSecret = basic.map(b -> b[1]).orElse(form.get("client_secret"));
    Optional<ConnectorDirectory.Connector> connector = directory.find(connectorId);
    if (connector.isEmpty() || !WebhookTokens.authentic(connector.get(), clientId, clientSecret)) {
      return error(
              401,
              "invalid_client",
              "The client id and secret are not those of this connector (HTTP Basic or the"
                  + " client_id and client_secret form fields).")
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"medley-webhook\"");
    }
    if (form.isEmpty()) {
      return error(
          400,
          "invalid_request",
          "The token request is an application/x-www-form-urlencoded body.");
    }
    String grant = form.get("grant_type");
    if (grant == null) {
      return error(400, "invalid_request", "grant_type is required.");
    }
    if (!grant.equals("client_credentials")) {
      return error(
          400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
    }
    WebhookTokens.Issued issued = tokens.issue(connector.get());
    return noStore(
        HttpResponse.ok(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn())));
  }

  private static MutableHttpResponse<?> error(int status, String code, String description) {
    String title = status == 401 ? "Unauthorized" : "Bad Request";
    return noStore(
        HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(status))
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .body(new TokenError(code, description, title, status, description)));
  }

  private static <T> MutableHttpResponse<T> noStore(MutableHttpResponse<T> response) {
    return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
  }

  /** RFC 6749 §2.3.1: {@code Basic base64(urlencoded id ":" urlencoded secret)}. */
  private static Optional<String[]> basic(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> form(@Nullable byte[] body) {
    Map<String, String> fields = new HashMap<>();
    if (body == null || body.length == 0) {
      return fields;
    }
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        // RFC 6749 §3.2: a parameter sent more than once makes the request invalid; first wins
        // here and the duplicate is ignored, which never widens what the client may do.
        fields.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return fields;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
