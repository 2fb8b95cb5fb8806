package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.Refused;

/**
 * With Keycloak as the issuer, Medley lists users read-only and refuses every change, saying where
 * users are managed. (KeycloakTest checks the same over HTTP with real realm tokens where a
 * Keycloak distribution is available.)
 */
class UsersUnderKeycloakTest {

  @Test
  void usersAreReadOnlyAndChangesPointToKeycloak() throws Exception {
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.oidc.issuer",
                "http://127.0.0.1:8180/realms/medley",
                "medley.demo.enabled",
                false,
                "medley.data-dir",
                Files.createTempDirectory("medley-kc-users").toString()))) {
      UserDirectory directory = server.getApplicationContext().getBean(UserDirectory.class);
      UserImport imports = server.getApplicationContext().getBean(UserImport.class);
      Caller admin = new Caller("kc-admin", "KC Admin", 1, 1, EnumSet.of(Role.ADMIN));

      var page = directory.list(1, new UserDirectory.Filter(null, null, null, null), 0, 50);
      assertThat(page.managedIn()).isEqualTo(UserDirectory.ManagedIn.KEYCLOAK);

      var invitation =
          new UserDirectory.Invitation(
              "kc@example.org", "K C", List.of("end-user"), null, null, null, null);
      for (Runnable change :
          List.<Runnable>of(
              () -> directory.invite(admin, invitation),
              () -> directory.setEnabled(admin, 1, 1, false),
              () -> directory.resetPassword(admin, 1),
              () -> imports.importCsv(admin, "email,name,roles\n".getBytes()))) {
        assertThatThrownBy(change::run)
            .isInstanceOfSatisfying(
                Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT))
            .hasMessageContaining("managed in Keycloak");
      }
    }
  }
}
