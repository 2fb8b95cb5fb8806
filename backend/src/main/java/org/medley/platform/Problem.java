package org.medley.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each offending field where there is one. */
@Serdeable
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
