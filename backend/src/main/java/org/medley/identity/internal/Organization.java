package org.medley.identity.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.medley.identity.OrganizationKind;

@MappedEntity("organizations")
public record Organization(
    @Id @GeneratedValue Long id,
    OrganizationKind kind,
    String name,
    Instant createdAt,
    /** A health system's IANA zone ({@link org.medley.identity.Hospitals#zone}); UTC for others. */
    String timeZone) {}
