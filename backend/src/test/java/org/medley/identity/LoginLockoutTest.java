package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.medley.identity.internal.Passwords;
import org.medley.testing.TestApp;

class LoginLockoutTest {

  private static final String USER = "lockout-probe";

  private static String body(String password) {
    return body(USER, password);
  }

  private static String body(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  private static void failTimes(String username, int times) {
    for (int i = 0; i < times; i++) {
      assertProblem(postJson("/login", body(username, "wrong-" + i), null), 401);
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws SQLException {
    insert(USER);
    failTimes(USER, 5);
    var locked = assertProblem(postJson("/login", body("demo"), null), 429);
    assertThat(locked.json().path("detail").asText()).contains("Try again in 15 minutes");
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(850L, 900L);

    // once the lock has passed, the right password works and the count starts again
    execute(
        "UPDATE user_accounts SET locked_until = '2020-01-01 00:00:00' WHERE username = '"
            + USER
            + "'");
    assertThat(postJson("/login", body("demo"), null).status()).isEqualTo(200);
    assertProblem(postJson("/login", body("wrong-again"), null), 401);
    assertThat(postJson("/login", body("demo"), null).status()).isEqualTo(200);
  }

  @Test
  void fiveWrongPasswordsSentAtOnceLockTheAccountToo() throws Exception {
    String parallel = "lockout-probe-parallel";
    insert(parallel);
    var pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String password = "guess-" + i;
        replies.add(pool.submit(() -> postJson("/login", body(parallel, password), null).status()));
      }
      for (Future<Integer> reply : replies) {
        assertThat(reply.get()).isEqualTo(401);
      }
    } finally {
      pool.shutdown();
    }
    assertProblem(postJson("/login", body(parallel, "demo"), null), 429);
  }

  @Test
  void fewerThanFiveFailuresAndThenSuccessDoNotLock() throws SQLException {
    String other = "lockout-probe-2";
    insert(other);
    failTimes(other, 4);
    assertThat(postJson("/login", body(other, "demo"), null).status()).isEqualTo(200);
    failTimes(other, 4);
    assertThat(postJson("/login", body(other, "demo"), null).status()).isEqualTo(200);
  }

  private static void insert(String username) throws SQLException {
    try (var c = TestApp.connection();
        var insert =
            c.prepareStatement(
                "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name,"
                    + " password_hash, roles, enabled, created_at)"
                    + " SELECT organization_id, tenant_id, ?, 'Lockout Probe', ?, 'end-user', TRUE,"
                    + " created_at FROM user_accounts WHERE username = 'enduser'")) {
      insert.setString(1, username);
      insert.setString(2, Passwords.hash("demo"));
      insert.executeUpdate();
    }
  }

  private static void execute(String sql) throws SQLException {
    try (var c = TestApp.connection();
        var statement = c.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
