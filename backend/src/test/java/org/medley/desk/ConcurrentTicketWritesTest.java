package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * Issue #15 on MariaDB: a note, a requester's reply and a partner desk's update arriving together
 * is ordinary. Writes on one ticket take turns on it; none is lost, none is a 500, and only a write
 * carrying a stale version is refused.
 */
class ConcurrentTicketWritesTest {

  @Test
  void everyNoteOnABusyTicketIsSavedOnceAndOnlyStaleEditsAreRefused() throws Exception {
    long ehr;
    try (var c = TestApp.connection();
        var query =
            c.prepareStatement(
                "SELECT id FROM applications WHERE category = 'EHR' ORDER BY id LIMIT 1");
        ResultSet rows = query.executeQuery()) {
      assertThat(rows.next()).isTrue();
      ehr = rows.getLong(1);
    }
    var load =
        new OneTicketUnderLoad(
            TestApp.server().getURL().toString(),
            TestApp.tokenFor("agent"),
            TestApp.tokenFor("enduser"));

    OneTicketUnderLoad.Result result = load.run(ehr, TestApp::connection);

    System.out.println("One busy ticket on MariaDB: " + result.figures());
    load.check(result);
  }
}
