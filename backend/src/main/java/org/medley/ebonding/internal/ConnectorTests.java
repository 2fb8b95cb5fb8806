package org.medley.ebonding.internal;

import jakarta.inject.Singleton;
import org.medley.identity.Caller;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskHealth;

/**
 * "Test connection": reads the connector in one short transaction, calls the desk with none open (a
 * slow desk must not hold a database connection), and records the outcome in another.
 */
@Singleton
class ConnectorTests {

  private final ConnectorAdmin admin;
  private final DeskGateway gateway;

  ConnectorTests(ConnectorAdmin admin, DeskGateway gateway) {
    this.admin = admin;
    this.gateway = gateway;
  }

  ConnectorApi.TestResult test(Caller caller, long id) {
    DeskConnection connection = admin.connection(caller, id);
    DeskHealth health = gateway.test(connection);
    admin.tested(caller, id, health);
    return new ConnectorApi.TestResult(health.ok(), health.detail(), health.millis());
  }
}
