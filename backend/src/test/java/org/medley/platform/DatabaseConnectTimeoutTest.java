package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConnectTimeoutTest {

  @Test
  void mariaDbAndMySqlGetAConnectTimeoutUnlessTheUrlSetsOne() {
    assertThat(DatabaseConnectTimeout.appliesTo("jdbc:mariadb://db:3306/medley")).isTrue();
    assertThat(DatabaseConnectTimeout.appliesTo("jdbc:mysql://db:3306/medley?useSSL=true"))
        .isTrue();
    assertThat(DatabaseConnectTimeout.appliesTo("jdbc:mariadb://db/medley?connectTimeout=9000"))
        .isFalse();
    // H2 refuses connection settings it does not know.
    assertThat(DatabaseConnectTimeout.appliesTo("jdbc:h2:file:/data/medley;MODE=MySQL")).isFalse();
    assertThat(DatabaseConnectTimeout.appliesTo(null)).isFalse();
  }

  @Test
  void theHealthDetailsNameTheDatabaseWithoutTheUrlOptions() {
    assertThat(DatabaseHealth.nameOf("jdbc:mariadb://db:3306/medley?password=secret"))
        .isEqualTo("db:3306/medley");
    assertThat(DatabaseHealth.nameOf("jdbc:h2:file:/data/medley;MODE=MySQL"))
        .isEqualTo("file:/data/medley");
  }
}
