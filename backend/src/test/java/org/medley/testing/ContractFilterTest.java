package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both shared clients hand their exchanges to the contract check. */
class ContractFilterTest {

  @Test
  void theMicronautClientsExchangesAreChecked() {
    TestApp.server();
    int before = Contract.validated();
    TestApp.tokenFor("agent");
    assertThat(Contract.validated()).isEqualTo(before + 1);
  }

  @Test
  void theRawClientsExchangesAreChecked() {
    TestApp.server();
    int before = Contract.validated();
    Api.get("/api/me", TestApp.tokenFor("agent"));
    assertThat(Contract.validated()).isEqualTo(before + 2);
  }
}
