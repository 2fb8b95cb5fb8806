package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** {@code /api/device-models} and {@code /api/devices} over HTTP against the real database. */
class DeviceApiTest {

  private static String leader;
  private static String agent;
  private static String partner;
  private static String apex;
  private static String outsider;
  private static String run;
  private static long pumpModel;

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    agent = TestApp.tokenFor("agent");
    partner = TestApp.tokenFor("partner");
    apex = TestUsers.partnerAgent("device-apex", "Apex Clinical IT Staffing");
    outsider = TestUsers.otherTenant("device-outsider", "admin,it-leader,agent");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    pumpModel = model("Pump " + run, "HIGH", 12).path("id").asLong();
  }

  static JsonNode model(String model, String risk, Integer months) {
    var reply =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme Medical\",\"model\":\""
                + model
                + "\",\"deviceClass\":\"Infusion pump\",\"risk\":\""
                + risk
                + "\",\"pmIntervalMonths\":"
                + months
                + ",\"pmProcedure\":\"Flow and occlusion test\"}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  static String device(String tag, String site, String extra) {
    return "{\"modelId\":"
        + pumpModel
        + ",\"assetTag\":\""
        + tag
        + "\",\"serial\":\"SN-"
        + tag
        + "\",\"site\":\""
        + site
        + "\",\"unit\":\"ICU\",\"status\":\"IN_SERVICE\""
        + extra
        + "}";
  }

  static JsonNode create(String body) {
    var reply = Api.postJson("/api/devices", body, leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  @Test
  void aLeaderAddsADeviceAndEveryoneOfTheDeskReadsIt() {
    var reply =
        Api.postJson(
            "/api/devices",
            device(
                "bme-" + run + "-1",
                "Main " + run,
                ",\"connected\":true,\"ipAddress\":\"10.40.1.17\",\"macAddress\":\"00-1a-2b-3c-4d-5e\","
                    + "\"firmware\":\"12.1.2\",\"contractVendor\":\"BD Service\","
                    + "\"contractEndsOn\":\"2027-06-30\",\"acquiredOn\":\"2021-03-01\","
                    + "\"acquisitionCost\":4250.5,\"endOfSupport\":\"2030-01-01\""),
            leader);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode created = reply.json();
    assertThat(reply.header("Location")).isEqualTo("/api/devices/" + created.path("id").asLong());
    assertThat(created.path("assetTag").asText()).isEqualTo("BME-" + run + "-1");
    assertThat(created.path("macAddress").asText()).isEqualTo("00:1A:2B:3C:4D:5E");
    assertThat(created.path("model").asText()).isEqualTo("Pump " + run);
    assertThat(created.path("risk").asText()).isEqualTo("HIGH");
    assertThat(created.path("acquisitionCost").decimalValue()).isEqualByComparingTo("4250.50");
    for (String reader : List.of(agent, leader, TestApp.tokenFor("exec"))) {
      var read = Api.get(reply.header("Location"), reader);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().path("contractEndsOn").asText()).isEqualTo("2027-06-30");
    }
    var models = Api.get("/api/device-models", agent).json();
    JsonNode mine = null;
    for (JsonNode m : models) {
      if (m.path("id").asLong() == pumpModel) {
        mine = m;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.path("devices").asLong()).isPositive();
    // The desk reads; only leaders and admins write.
    assertProblem(Api.postJson("/api/devices", device("BME-" + run + "-X", "x", ""), agent), 403);
    assertProblem(Api.get("/api/devices", TestApp.tokenFor("enduser")), 403);
  }

  @Test
  void aChangeNeedsTheVersionLastReadAndAnAssetTagIsTheHospitalsOnce() {
    JsonNode first = create(device("BME-" + run + "-2", "Main " + run, ""));
    create(device("BME-" + run + "-3", "Main " + run, ""));
    String path = "/api/devices/" + first.path("id").asLong();

    assertProblem(
        Api.postJson("/api/devices", device("bme-" + run + "-2", "Elsewhere", ""), leader), 409);
    var moved =
        Api.putJson(
            path,
            device(
                    "BME-" + run + "-2",
                    "North " + run,
                    ",\"status\":\"OUT_FOR_REPAIR\",\"version\":0")
                .replace("\"status\":\"IN_SERVICE\",", ""),
            leader);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("site").asText()).isEqualTo("North " + run);
    assertThat(moved.json().path("status").asText()).isEqualTo("OUT_FOR_REPAIR");
    assertThat(moved.json().path("version").asLong()).isEqualTo(1);
    assertProblem(
        Api.putJson(path, device("BME-" + run + "-2", "Stale", ",\"version\":0"), leader), 409);
    assertProblem(
        Api.putJson(path, device("BME-" + run + "-3", "Main", ",\"version\":1"), leader), 409);
    assertProblem(Api.putJson(path, device("BME-" + run + "-2", "Main", ""), leader), 400);
    assertProblem(
        Api.putJson(
            "/api/devices/999999999", device("BME-" + run + "-9", "x", ",\"version\":0"), leader),
        404);

    // Models: a manufacturer's model once; a stale change is a conflict.
    var again =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"acme medical\",\"model\":\"pump "
                + run
                + "\",\"deviceClass\":\"Infusion pump\",\"risk\":\"LOW\"}",
            leader);
    assertProblem(again, 409);
    JsonNode defib = model("Defib " + run, "LIFE_SUPPORT", 6);
    String modelPath = "/api/device-models/" + defib.path("id").asLong();
    String change =
        "{\"manufacturer\":\"Acme Medical\",\"model\":\"Defib "
            + run
            + "\",\"deviceClass\":\"Defibrillator\",\"risk\":\"LIFE_SUPPORT\",\"pmIntervalMonths\":3,"
            + "\"version\":";
    var changed = Api.putJson(modelPath, change + "0}", leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("pmIntervalMonths").asInt()).isEqualTo(3);
    assertProblem(Api.putJson(modelPath, change + "0}", leader), 409);
  }

  @Test
  void badInputIsRefusedNamingItsField() {
    List<String[]> cases = new ArrayList<>();
    cases.add(
        new String[] {
          "400", device("BME-" + run + "-B1", "x", ",\"connected\":\"yes\""), "connected"
        });
    cases.add(
        new String[] {
          "400", device("BME-" + run + "-B2", "x", ",\"acquisitionCost\":\"12\""), "acquisitionCost"
        });
    cases.add(
        new String[] {
          "400", device("BME-" + run + "-B3", "x", ",\"ipAddress\":\"10.0.0.1\""), "ipAddress"
        });
    cases.add(
        new String[] {
          "400",
          device(
              "BME-" + run + "-B4", "x", ",\"contractVendor\":\"GE\",\"contractEngagementId\":1"),
          "contractEngagementId"
        });
    cases.add(new String[] {"400", device("BME-" + run + " B5", "x", ""), "assetTag"});
    cases.add(
        new String[] {
          "400", device("BME-" + run + "-B6", "x", ",\"acquiredOn\":\"2021-02-30\""), "acquiredOn"
        });
    cases.add(
        new String[] {
          "400", device("BME-" + run + "-B7", "x", "").replace("IN_SERVICE", "BROKEN"), "status"
        });
    cases.add(
        new String[] {
          "400",
          device("BME-" + run + "-B8", "x", "").replace("\"modelId\":" + pumpModel + ",", ""),
          "modelId"
        });
    cases.add(
        new String[] {
          "404",
          device("BME-" + run + "-B9", "x", "")
              .replace("\"modelId\":" + pumpModel, "\"modelId\":999999999"),
          "modelId"
        });
    cases.add(
        new String[] {
          "404",
          device("BME-" + run + "-BA", "x", ",\"contractEngagementId\":999999999"),
          "contractEngagementId"
        });
    for (String[] c : cases) {
      var reply = Api.postJson("/api/devices", c[1], leader);
      assertProblem(reply, Integer.parseInt(c[0]));
      assertThat(reply.body()).as(c[1]).contains(c[2]);
    }
    assertProblem(Api.postJson("/api/devices", "{\"modelId\":", leader), 400);
    assertProblem(Api.postJson("/api/devices", "[]", leader), 400);
    var lifeSupport =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme\",\"model\":\"Vent "
                + run
                + "\",\"deviceClass\":\"Ventilator\",\"risk\":\"LIFE_SUPPORT\"}",
            leader);
    assertProblem(lifeSupport, 400);
    assertThat(lifeSupport.body()).contains("pmIntervalMonths");
    for (String query :
        List.of(
            "sort=price",
            "status=BROKEN",
            "size=0",
            "size=201",
            "modelId=abc",
            "connected=maybe",
            "page=-1")) {
      assertProblem(Api.get("/api/devices?" + query, agent), 400);
    }
    assertProblem(Api.get("/api/devices/abc", agent), 400);
    assertProblem(Api.get("/api/devices/999999999", agent), 404);
  }

  @Test
  void searchFiltersSortsAndPages() {
    String site = "Search " + run;
    create(device("SRCH-" + run + "-A", site, ",\"connected\":true,\"firmware\":\"2.0\""));
    create(device("SRCH-" + run + "-B", site, "").replace("IN_SERVICE", "RETIRED"));
    create(device("SRCH-" + run + "-C", site, "").replace("\"unit\":\"ICU\"", "\"unit\":\"NICU\""));

    assertThat(tags("q=srch-" + run.toLowerCase()))
        .containsExactly("SRCH-" + run + "-A", "SRCH-" + run + "-B", "SRCH-" + run + "-C");
    assertThat(tags("q=" + site.replace(" ", "%20") + "&sort=assetTag,desc"))
        .containsExactly("SRCH-" + run + "-C", "SRCH-" + run + "-B", "SRCH-" + run + "-A");
    assertThat(tags("q=SN-SRCH-" + run + "-B")).containsExactly("SRCH-" + run + "-B");
    assertThat(tags("q=pump%20" + run + "&site=" + site.replace(" ", "%20") + "&unit=NICU"))
        .containsExactly("SRCH-" + run + "-C");
    assertThat(tags("site=" + site.replace(" ", "%20") + "&status=RETIRED"))
        .containsExactly("SRCH-" + run + "-B");
    assertThat(tags("site=" + site.replace(" ", "%20") + "&connected=true"))
        .containsExactly("SRCH-" + run + "-A");
    assertThat(tags("site=" + site.replace(" ", "%20") + "&modelId=" + pumpModel)).hasSize(3);
    assertThat(tags("q=SRCH-" + run + "%25")).isEmpty(); // % is searched for, not a wildcard

    JsonNode first =
        Api.get("/api/devices?site=" + site.replace(" ", "%20") + "&size=2", agent).json();
    JsonNode second =
        Api.get("/api/devices?site=" + site.replace(" ", "%20") + "&size=2&page=1", agent).json();
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("items")).hasSize(2);
    assertThat(second.path("items")).hasSize(1);
    assertThat(second.path("items").get(0).path("assetTag").asText())
        .isEqualTo("SRCH-" + run + "-C");
  }

  private static List<String> tags(String query) {
    var reply = Api.get("/api/devices?size=200&" + query, agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> tags = new ArrayList<>();
    reply.json().path("items").forEach(i -> tags.add(i.path("assetTag").asText()));
    return tags;
  }

  /** Northwind's engagement covers the demo's vital-signs monitors; Apex's covers no device. */
  @Test
  void aPartnerSeesOnlyTheDevicesItsEngagementSupports() {
    long northwind =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')");
    long contracted =
        TestApp.queryLong(
            "SELECT COUNT(*) FROM devices WHERE contract_engagement_id = " + northwind);
    assertThat(contracted).isPositive();

    JsonNode seen = Api.get("/api/devices?size=200", partner).json();
    assertThat(seen.path("total").asLong()).isEqualTo(contracted);
    seen.path("items")
        .forEach(d -> assertThat(d.path("contractEngagementId").asLong()).isEqualTo(northwind));
    assertThat(Api.get("/api/devices?q=Alaris", partner).json().path("total").asLong()).isZero();
    long other =
        TestApp.queryLong("SELECT MIN(id) FROM devices WHERE contract_engagement_id IS NULL");
    assertProblem(Api.get("/api/devices/" + other, partner), 404);
    long theirs = seen.path("items").get(0).path("id").asLong();
    assertThat(Api.get("/api/devices/" + theirs, partner).status()).isEqualTo(200);
    var export =
        Api.send(
            Api.request("/api/devices/export")
                .header("Authorization", "Bearer " + partner)
                .header("Accept", "text/csv")
                .build());
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body().strip().split("\n")).hasSize((int) contracted + 1);

    assertThat(Api.get("/api/devices", apex).json().path("total").asLong()).isZero();
    assertProblem(Api.get("/api/devices/" + theirs, apex), 404);
    assertProblem(Api.postJson("/api/devices", device("BME-" + run + "-P", "x", ""), partner), 403);
  }

  @Test
  void anotherHospitalNeitherSeesNorChangesThisOnesDevices() {
    long id = create(device("BME-" + run + "-O", "Main " + run, "")).path("id").asLong();

    assertThat(Api.get("/api/devices?q=" + run, outsider).json().path("total").asLong()).isZero();
    assertProblem(Api.get("/api/devices/" + id, outsider), 404);
    assertProblem(
        Api.putJson(
            "/api/devices/" + id, device("BME-" + run + "-O", "x", ",\"version\":0"), outsider),
        404);
    // Naming this hospital's model in its own device reads as a model that does not exist.
    assertProblem(Api.postJson("/api/devices", device("OUT-" + run, "x", ""), outsider), 404);
    assertProblem(
        Api.putJson(
            "/api/device-models/" + pumpModel,
            "{\"manufacturer\":\"x\",\"model\":\"y\",\"deviceClass\":\"z\",\"risk\":\"LOW\",\"version\":0}",
            outsider),
        404);
    assertThat(Api.get("/api/device-models", outsider).body()).doesNotContain("Pump " + run);
    var export =
        Api.send(
            Api.request("/api/devices/export?q=" + run)
                .header("Authorization", "Bearer " + outsider)
                .build());
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).doesNotContain(run);
  }

  @Test
  void theDemoHospitalHasAFleetOfThousandsAcrossModels() {
    JsonNode all = Api.get("/api/devices?size=1", agent).json();
    assertThat(all.path("total").asLong()).isGreaterThan(3_000);
    assertThat(Api.get("/api/device-models", agent).json().size()).isGreaterThanOrEqualTo(15);
    JsonNode connected = Api.get("/api/devices?connected=true&q=Alaris&size=5", agent).json();
    assertThat(connected.path("total").asLong()).isGreaterThan(500);
    connected
        .path("items")
        .forEach(
            d -> {
              assertThat(d.path("firmware").asText()).startsWith("12.1.");
              assertThat(d.path("ipAddress").asText()).startsWith("10.");
            });
    // People search by what a device is, too: its class.
    assertThat(Api.get("/api/devices?q=ventilator&size=1", agent).json().path("total").asLong())
        .isGreaterThanOrEqualTo(100);
    assertThat(Api.get("/api/devices?q=Evita&size=1", agent).json().path("total").asLong())
        .isEqualTo(40);
  }
}
