package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * One line of a ticket's audit trail as the domain reports it: an action, and for field changes the
 * field with its old and new value.
 */
record Change(
    String action,
    @Nullable String field,
    @Nullable String oldValue,
    @Nullable String newValue,
    @Nullable String note) {

  static Change field(
      String action, String field, @Nullable Object before, @Nullable Object after) {
    return new Change(action, field, text(before), text(after), null);
  }

  static Change action(String action, @Nullable String note) {
    return new Change(action, null, null, null, note);
  }

  Change withNote(@Nullable String text) {
    return new Change(action, field, oldValue, newValue, text);
  }

  private static String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
