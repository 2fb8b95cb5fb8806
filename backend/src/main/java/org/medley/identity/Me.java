package org.medley.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Who the caller is, as the SPA needs it to draw its shell. */
@Serdeable
public record Me(
    String username, String displayName, List<String> roles, OrganizationRef organization) {

  @Serdeable
  public record OrganizationRef(long id, String name, OrganizationKind kind) {}
}
