package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.TreeMap;
import org.medley.platform.ApiDocs;

/**
 * Where partner desks that can call out (ServiceNow, Jira Service Management, a TMF621 hub) report
 * what their people did. Anonymous to the security layer: the caller is a desk, not a user, and
 * proves itself by the HMAC-SHA256 of the raw body with its connector's webhook secret ({@code
 * X-Medley-Signature: sha256=<hex>}) or, when it cannot sign (a TMF621 hub), by {@code
 * Authorization: Bearer <token>} with a token from {@code /api/integrations/{connectorId}/token}
 * (OAuth2 client credentials, {@link WebhookTokenController}). 401 bad or missing signature or
 * token, 404 unknown connector or a call only about tickets Medley does not know, 400 a body the
 * desk's protocol cannot read, 413 a body over {@code medley.max-body-size}; otherwise 202 with
 * each event's outcome (APPLIED, DUPLICATE, IGNORED, UNKNOWN_TICKET).
 */
@Controller("/api/integrations/{connectorId}/webhook")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "integrations")
@ApiDocs.Problems
class WebhookController {

  private final Webhooks webhooks;

  WebhookController(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  @Post
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "A partner desk reports changes to Medley's tickets (HMAC-signed or OAuth2 bearer,"
              + " idempotent)",
      requestBody =
          @RequestBody(
              required = true,
              description = "The desk's own event, as its protocol sends it",
              content =
                  @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
  Webhooks.Receipt deskWebhook(
      long connectorId,
      HttpHeaders headers,
      // The raw bytes, unparsed: the signature is over exactly what the desk sent. Documented as
      // the operation's request body above (as bytes, it would read as a base64 string).
      @Parameter(hidden = true) @Body @Nullable byte[] body) {
    Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEachValue((name, value) -> named.putIfAbsent(name, value));
    return webhooks.receive(connectorId, named, body == null ? new byte[0] : body);
  }
}
