package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

class LoginApiTest {

  @Test
  void demoUserSignsInAndSeesWhoTheyAre() {
    var login = postJson("/login", "{\"username\":\"agent\",\"password\":\"demo\"}", null);
    assertThat(login.status()).isEqualTo(200);
    var token = login.json().path("access_token").asText();
    assertThat(login.json().path("token_type").asText()).isEqualTo("Bearer");
    assertThat(login.json().path("roles").toString()).contains("agent");

    var me = get("/api/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("username").asText()).isEqualTo("agent");
    assertThat(me.json().path("displayName").asText()).isEqualTo("Dana Whitfield");
    assertThat(me.json().path("organization").path("name").asText()).isEqualTo("Riverside Health");
    assertThat(me.json().path("organization").path("kind").asText()).isEqualTo("HEALTH_SYSTEM");
  }

  @Test
  void partnerUserBelongsToTheirPartner() {
    var me = get("/api/me", TestApp.tokenFor("partner"));
    assertThat(me.json().path("roles").toString()).contains("partner-agent");
    assertThat(me.json().path("organization").path("kind").asText()).isEqualTo("PARTNER");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    var wrong =
        assertProblem(
            postJson("/login", "{\"username\":\"agent\",\"password\":\"nope\"}", null), 401);
    var unknown =
        assertProblem(
            postJson("/login", "{\"username\":\"ghost\",\"password\":\"demo\"}", null), 401);
    assertThat(wrong.json().path("detail")).isEqualTo(unknown.json().path("detail"));
  }

  @Test
  void accountWithoutPasswordCannotSignIn() throws Exception {
    // Clinicians seeded for the demo have no password: they exist to file tickets.
    String clinician;
    try (var connection = TestApp.connection();
        var rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT username FROM user_accounts WHERE password_hash IS NULL LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      clinician = rs.getString(1);
    }
    assertProblem(
        postJson("/login", "{\"username\":\"" + clinician + "\",\"password\":\"demo\"}", null),
        401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "null",
        "[]",
        "{\"username\":\"agent\"}",
        "{\"username\":{\"a\":1},\"password\":\"demo\"}",
        "{\"username\":[1,2],\"password\":\"demo\"}",
        "{\"username\":\"agent\",\"password\":",
        "not json at all",
        "{\"username\":\"   \",\"password\":\"demo\"}"
      })
  void malformedLoginBodiesAreClientErrors(String body) {
    var reply = postJson("/login", body, null);
    assertThat(reply.status()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @Test
  void overlongFieldsNameTheField() {
    String longName = "a".repeat(255); // an e-mail address may be 254 long
    var reply =
        assertProblem(
            postJson("/login", "{\"username\":\"" + longName + "\",\"password\":\"demo\"}", null),
            400);
    assertThat(reply.json().path("detail").asText()).contains("username");
  }

  @Test
  void hugeBodyIsRefusedWithoutHarm() {
    String huge = "{\"username\":\"" + "x".repeat(2_000_000) + "\",\"password\":\"demo\"}";
    assertProblem(postJson("/login", huge, null), 413);
    // and the server still answers
    assertThat(postJson("/login", "{\"username\":\"agent\",\"password\":\"demo\"}", null).status())
        .isEqualTo(200);
  }

  @Test
  void formPostIsUnsupported() {
    var reply =
        Api.send(
            Api.request("/login")
                .POST(HttpRequest.BodyPublishers.ofString("username=agent&password=demo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .build());
    assertProblem(reply, 415);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19."
      })
  void meRefusesBadTokens(String token) {
    assertProblem(get("/api/me", token), 401);
  }

  @Test
  void meRefusesATamperedToken() {
    String token = TestApp.tokenFor("enduser");
    String[] parts = token.split("\\.");
    // Same signature, different claims: the signature no longer matches.
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    "{\"sub\":\"admin\",\"roles\":[\"admin\"],\"tenant\":1,\"org\":1}".getBytes())
            + "."
            + parts[2];
    assertProblem(get("/api/me", forged), 401);
  }

  @Test
  void meWithoutTokenIsUnauthorized() {
    assertProblem(get("/api/me", null), 401);
  }

  @Test
  void authConfigListsDemoLoginsInDemoMode() {
    var reply = get("/api/auth/config", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("mode").asText()).isEqualTo("builtin");
    assertThat(reply.json().path("demoUsers").toString())
        .contains("enduser", "agent", "partner", "partnermgr", "apex", "leader", "exec", "admin");
  }
}
