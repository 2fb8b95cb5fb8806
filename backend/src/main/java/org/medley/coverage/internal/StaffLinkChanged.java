package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;

/** A staff record's sign-in account changed; kept links are forgotten once it commits. */
record StaffLinkChanged(
    long tenant, long staffId, @Nullable Long oldAccountId, @Nullable Long newAccountId) {}
