package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's promise, checked on the real artifact: {@code java -jar medley.jar} with no
 * configuration starts on the embedded database with the demo hospital, serves the SPA and the API,
 * keeps its data across a restart, and a demo user can sign in through the browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static PackagedJar medley;

  @BeforeAll
  static void start() throws Exception {
    medley = PackagedJar.start(Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return medley.get(path, token);
  }

  private static String login(String user) throws Exception {
    return medley.login(user, "demo");
  }

  @Test
  @Order(1)
  void servesTheSpaAndItsAssets() throws Exception {
    var index = get("/", null);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<div id=\"root\"");
    var asset = index.body().replaceAll("(?s).*?(/assets/[^\"]+\\.js).*", "$1");
    assertThat(asset).startsWith("/assets/");
    var js = get(asset, null);
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
  }

  @Test
  @Order(2)
  void healthIncludesTheEmbeddedDatabase() throws Exception {
    JsonNode health = JSON.readTree(get("/health", login("admin")).body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("details").path("jdbc").toString()).contains("H2");
  }

  @Test
  @Order(3)
  void demoUserSignsInAndSeesTheHospital() throws Exception {
    var me = get("/api/me", login("leader"));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(me.body()).path("organization").path("name").asText())
        .isEqualTo("Riverside Health");
  }

  @Test
  @Order(4)
  void browserJourneyPasses() throws Exception {
    // The journeys read insights and the maintenance plan, which the demo builds in the seconds
    // after it reports healthy (demo.DemoSeeder).
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    while (!medley.log().contains("Built the demo's read models")) {
      assertThat(System.nanoTime()).as("demo read models built (log)").isLessThan(deadline);
      Thread.sleep(200);
    }
    // Three journey files at a time: they mostly wait on the browser and the server (serially
    // about 250 s with the axe-core checks, about 170 s like this on two cores).
    medley.runJourneys(3, Map.of(), "e2e/**/*.test.mjs");
  }

  @Test
  @Order(5)
  void dataSurvivesARestart() throws Exception {
    String token = login("agent");
    String before = get("/api/me", token).body();
    medley.restart();
    assertThat(medley.log()).doesNotContain("ERROR").doesNotContain("Seeded the demo hospital");
    // the signing key is kept in the database: a session survives the restart
    assertThat(get("/api/me", token).body()).isEqualTo(before);
  }
}
