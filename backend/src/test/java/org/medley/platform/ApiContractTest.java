package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.medley.testing.Contract;

/**
 * Runs after every other API test class and fails when any response they received (or any request
 * the server accepted) disagrees with the OpenAPI document: see {@link Contract}. Run it with a
 * single test class as well ({@code -Dtest='TicketApiTest,ApiContractTest'}) to hold just that
 * class's exchanges to the document.
 */
@Order(Integer.MAX_VALUE)
class ApiContractTest {

  @Test
  void everyExchangeOfTheApiTestsMatchesTheDocument() {
    System.out.printf(
        "API contract: %d responses validated against %s (by status: %s), %d violations%n",
        Contract.validated(), Contract.DOCUMENT, Contract.byStatus(), Contract.violations().size());
    assertThat(Contract.violations())
        .as("exchanges that contradict the OpenAPI document")
        .isEmpty();
  }
}
