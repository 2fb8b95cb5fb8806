package org.medley.ebonding.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.medley.desk.ExternalReferences;
import org.medley.ebonding.CaseDesks;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUpdate;

/** {@link CaseDesks}: the desk protocols the partner desks use, for a vendor's case. */
@Singleton
class DeskCaseCalls implements CaseDesks {

  private final ConnectorDirectory directory;
  private final DeskGateway gateway;
  private final ExternalReferences references;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final Duration longestCall;

  DeskCaseCalls(
      ConnectorDirectory directory,
      DeskGateway gateway,
      ExternalReferences references,
      TransactionOperations<Connection> transactions,
      Clock clock,
      Desks.Settings http) {
    this.directory = directory;
    this.gateway = gateway;
    this.references = references;
    this.transactions = transactions;
    this.clock = clock;
    this.longestCall = http.longestCall();
  }

  @Override
  public Optional<String> name(long tenantId, long connectorId) {
    return desk(tenantId, connectorId).map(c -> c.connection().name());
  }

  @Override
  public DeskReceipt open(
      long tenantId,
      long connectorId,
      UUID eventId,
      long ticketId,
      String ticketNumber,
      String title,
      String description,
      String priority,
      String author) {
    ConnectorDirectory.Connector connector = require(tenantId, connectorId);
    DeskReceipt receipt =
        gateway.deliver(
            connector.connection(),
            new DeskUpdate(
                eventId,
                ticketId,
                ticketNumber,
                null,
                DeskUpdate.Kind.CREATE,
                title,
                description,
                priority,
                "ASSIGNED",
                null,
                null,
                null,
                author,
                clock.instant()));
    if (receipt == null || receipt.externalId() == null) {
      throw new DeskRefused(200, connector.connection().name() + " gave the case no id.");
    }
    transactions.executeWrite(
        status -> {
          references.record(
              tenantId,
              ticketId,
              connector.refSystem(),
              receipt.externalId(),
              connector.connection().name());
          return null;
        });
    return receipt;
  }

  @Override
  public void comment(
      long tenantId,
      long connectorId,
      UUID eventId,
      long ticketId,
      String ticketNumber,
      String externalId,
      String text,
      String author) {
    gateway.deliver(
        require(tenantId, connectorId).connection(),
        new DeskUpdate(
            eventId,
            ticketId,
            ticketNumber,
            externalId,
            DeskUpdate.Kind.PUBLIC_COMMENT,
            null,
            null,
            null,
            null,
            null,
            text,
            null,
            author,
            clock.instant()));
  }

  @Override
  public Duration longestCall() {
    return longestCall;
  }

  private Optional<ConnectorDirectory.Connector> desk(long tenantId, long connectorId) {
    return directory
        .find(tenantId, connectorId)
        .filter(c -> c.connection().kind() != DeskKind.EMAIL);
  }

  private ConnectorDirectory.Connector require(long tenantId, long connectorId) {
    return desk(tenantId, connectorId)
        .orElseThrow(() -> new DeskRefused(404, "The vendor's desk connector is gone."));
  }
}
