package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medley.coverage.Catalog;
import org.medley.platform.EmbeddedDatabase;
import org.medley.testing.TriageEntry;

/**
 * Issue #15 on the zero-setup default: the same load as {@link ConcurrentTicketWritesTest}, on a
 * second Medley in this JVM that runs on the embedded H2 file exactly as {@code java -jar} without
 * {@code MEDLEY_DB_URL} does (same URL options, migrations and demo hospital).
 */
class EmbeddedConcurrentTicketWritesTest {

  @Test
  void everyNoteOnABusyTicketIsSavedOnceAndOnlyStaleEditsAreRefused(@TempDir Path data)
      throws Exception {
    Map<String, Object> properties =
        new HashMap<>(EmbeddedDatabase.defaultsFor(Map.of("MEDLEY_DATA_DIR", data.toString())));
    // The suite's MariaDB comes in through system properties; these name the embedded default's.
    properties.put("datasources.default.username", "sa");
    properties.put("datasources.default.password", "");
    properties.put("micronaut.server.port", -1);
    properties.put("medley.sla.sweep.enabled", false);
    try (EmbeddedServer medley = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
      var context = medley.getApplicationContext();
      DataSource dataSource =
          context
              .getBean(io.micronaut.jdbc.DataSourceResolver.class)
              .resolve(context.getBean(DataSource.class));
      long ehr;
      try (Connection c = connection(dataSource);
          var query =
              c.prepareStatement(
                  "SELECT id FROM applications WHERE category = 'EHR' ORDER BY id LIMIT 1");
          ResultSet rows = query.executeQuery()) {
        assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        assertThat(rows.next()).isTrue();
        ehr = rows.getLong(1);
      }
      try (Connection c = connection(dataSource);
          var query =
              c.prepareStatement(
                  "SELECT setting_value FROM information_schema.settings"
                      + " WHERE setting_name = 'WRITE_DELAY'");
          ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        // Migrations and the seed ran with H2's 500 ms; served commits are written at once.
        assertThat(rows.getString(1)).as("WRITE_DELAY once serving").isEqualTo("0");
      }
      String base = medley.getURL().toString();
      var load = new OneTicketUnderLoad(base, token(base, "agent"), token(base, "enduser"));

      OneTicketUnderLoad.Result result = load.run(ehr, () -> connection(dataSource));

      System.out.println("One busy ticket on embedded H2: " + result.figures());
      load.check(result);

      try (Connection c = connection(dataSource);
          var query = c.prepareStatement("SELECT tenant_id FROM applications WHERE id = ?")) {
        query.setLong(1, ehr);
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          TriageEntry.isMadeOnce(context.getBean(Catalog.class), c, rows.getLong(1));
        }
      }
    }
  }

  private static Connection connection(DataSource dataSource) throws java.sql.SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(true);
    return c;
  }

  private static String token(String base, String username) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).path("access_token").asText();
  }
}
