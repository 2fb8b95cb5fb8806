package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * Who makes a change, for the audit trail: a signed-in person (with their account, and their staff
 * record if they work tickets) or a system such as the SLA sweep.
 */
record Actor(@Nullable Long accountId, String name, @Nullable Long staffId) {

  static Actor system(String name) {
    return new Actor(null, name, null);
  }
}
