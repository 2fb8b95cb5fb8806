package org.medley.demo;

import java.sql.SQLException;

/**
 * A feature's share of the demo hospital. Each feature seeds its own tables; contributions run in
 * {@link #order()} inside one transaction and hand each other ids through {@link DemoContext}.
 */
public interface DemoContribution {

  /** Lower runs first. Identity 10, SLA 20, coverage 30, desk 40; later features go after. */
  int order();

  void seed(DemoContext context) throws SQLException;
}
