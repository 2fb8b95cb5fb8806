package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.api.WebhookSignature;
import org.medley.platform.Refused;

/**
 * A desk's call to Medley's webhook: the connector named in the URL, its signature over the raw
 * body (or, for desks that cannot sign, a bearer token from the connector's token endpoint, {@link
 * WebhookTokens}) checked before anything is read from it, the desk's events read by its protocol
 * and each applied once. Every refusal comes before the first write.
 */
@Singleton
class Webhooks {

  private final ConnectorDirectory directory;
  private final DeskGateway gateway;
  private final InboundChanges inbound;
  private final WebhookTokens tokens;
  private final long maxBody;

  Webhooks(
      ConnectorDirectory directory,
      DeskGateway gateway,
      InboundChanges inbound,
      WebhookTokens tokens,
      @Value("${medley.max-body-size:1MB}") @ReadableBytes long maxBody) {
    this.directory = directory;
    this.gateway = gateway;
    this.inbound = inbound;
    this.tokens = tokens;
    this.maxBody = maxBody;
  }

  /** What became of each desk event of one call. */
  @Serdeable
  record Receipt(int applied, int duplicates, int ignored, List<Received> changes) {}

  /** One desk event of the call and its outcome. */
  @Serdeable
  record Received(String deskEventId, String externalId, String outcome) {}

  /** Medley's own header, else Jira's name for the same HMAC. */
  private static String signature(Map<String, String> headers) {
    String medley = headers.get(WebhookSignature.HEADER);
    return medley != null ? medley : headers.get(WebhookSignature.JIRA_HEADER);
  }

  Receipt receive(long connectorId, Map<String, String> headers, byte[] body) {
    if (body.length > maxBody) {
      throw new HttpStatusException(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.");
    }
    ConnectorDirectory.Connector connector =
        directory
            .find(connectorId)
            .orElseThrow(() -> Refused.notFound("connectorId", "no such connector"));
    String text = utf8(body);
    String bearer = bearer(headers.get("Authorization"));
    if (bearer != null && signature(headers) == null) {
      tokens
          .refusal(connector, bearer)
          .ifPresent(
              why -> {
                throw new HttpStatusException(
                    HttpStatus.UNAUTHORIZED, "Bearer token: " + why + ".");
              });
      if (text == null) {
        throw Refused.invalid("body", "the body is not UTF-8 text");
      }
    } else if (text == null
        || !WebhookSignature.valid(connector.webhookSecret(), text, signature(headers))) {
      throw new HttpStatusException(
          HttpStatus.UNAUTHORIZED,
          "The "
              + WebhookSignature.HEADER
              + " header must be sha256=<hex>, the HMAC-SHA256 of the body with the connector's"
              + " webhook secret, or the Authorization header a bearer token from"
              + " /api/integrations/"
              + connectorId
              + "/token.");
    }
    List<DeskChange> changes;
    try {
      changes = gateway.webhook(connector.connection(), headers, text);
    } catch (MalformedDeskEvent malformed) {
      throw Refused.invalid("body", malformed.getMessage());
    }
    List<Received> received = new ArrayList<>();
    int applied = 0;
    int duplicates = 0;
    int ignored = 0;
    String unknown = null;
    for (DeskChange change : changes) {
      InboundChanges.Outcome outcome = inbound.apply(connector, change);
      received.add(new Received(change.deskEventId(), change.externalId(), outcome.name()));
      switch (outcome) {
        case APPLIED -> applied++;
        case DUPLICATE -> duplicates++;
        case IGNORED -> ignored++;
        case UNKNOWN_TICKET -> unknown = change.externalId();
      }
    }
    if (unknown != null && applied + duplicates + ignored == 0) {
      // Only about tickets Medley does not know (yet): the desk's retry may find them.
      throw Refused.notFound(
          "externalId", "no ticket is known in " + connector.refSystem() + " as " + unknown);
    }
    return new Receipt(applied, duplicates, ignored, received);
  }

  /** The token of an {@code Authorization: Bearer <token>} header, else null. */
  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }

  /** The body as UTF-8 text, or null when it is not: a signature is over exactly these bytes. */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
