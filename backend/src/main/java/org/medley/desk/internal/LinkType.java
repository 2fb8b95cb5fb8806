package org.medley.desk.internal;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How one ticket relates to another, read from the ticket that names the other. Each type reads
 * differently from the far side: A {@code DUPLICATE_OF} B shows on B as "duplicated by A".
 */
@Serdeable
enum LinkType {
  DUPLICATE_OF(Relation.DUPLICATE_OF, Relation.DUPLICATED_BY),
  CAUSED_BY(Relation.CAUSED_BY, Relation.CAUSES),
  RELATED_TO(Relation.RELATED_TO, Relation.RELATED_TO);

  /** The link as one of its two tickets sees it. */
  @Serdeable
  enum Relation {
    DUPLICATE_OF,
    DUPLICATED_BY,
    CAUSED_BY,
    CAUSES,
    RELATED_TO
  }

  private final Relation forward;
  private final Relation backward;

  LinkType(Relation forward, Relation backward) {
    this.forward = forward;
    this.backward = backward;
  }

  /** What the link means on {@code viewer}: the forward reading on its source, else backward. */
  Relation seenFrom(boolean source) {
    return source ? forward : backward;
  }

  /** For audit lines: "duplicate of INC-000042", "causes INC-000043". */
  String phrase(boolean source) {
    return seenFrom(source).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
