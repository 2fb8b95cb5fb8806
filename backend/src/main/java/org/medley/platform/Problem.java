package org.medley.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} names each offending field where there is one. Some
 * problems carry extension members (RFC 9457 §3.2), e.g. a stale write's {@code currentVersion}.
 */
@Serdeable
@Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  @Serdeable
  public record FieldError(@Nullable String field, String message) {}
}
