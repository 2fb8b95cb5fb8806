package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.medley.coverage.Catalog;

/** Checks of the catalog's "Other / I don't know" entry, shared by the MariaDB and H2 tests. */
public final class TriageEntry {

  private TriageEntry() {}

  /**
   * "Other / I don't know" is made once per tenant: a caller that finds none inserts it, and one
   * that lost a race to insert (simulated by hiding the row) takes the row the other made.
   */
  public static void isMadeOnce(Catalog catalog, Connection c, long tenant)
      throws java.sql.SQLException {
    var first = catalog.triageApplication(tenant);
    assertThat(first.name()).isEqualTo("Other / I don't know");
    assertThat(catalog.triageApplication(tenant).id()).isEqualTo(first.id());
    try (var hide = c.prepareStatement("UPDATE applications SET triage = FALSE WHERE id = ?")) {
      hide.setLong(1, first.id());
      hide.executeUpdate();
    }
    assertThat(catalog.triageApplication(tenant).id()).isEqualTo(first.id());
  }
}
