package org.medley.coverage.internal;

/** An application's row changed or went: cached copies of it are stale once this commits. */
record ApplicationWritten(long tenantId, long applicationId) {}
