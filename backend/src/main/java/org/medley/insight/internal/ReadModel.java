package org.medley.insight.internal;

/** A read model that can be thrown away and rebuilt from the rows it summarises. */
interface ReadModel {
  String name();

  void rebuild(long tenantId);
}
