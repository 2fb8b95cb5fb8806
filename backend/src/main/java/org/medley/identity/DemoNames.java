package org.medley.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medley.demo.DemoContext;

/**
 * The demo's accounts for the contributions that run after identity's, on the seed's connection:
 * {@link Accounts} cannot see them before the seed's transaction commits.
 */
public final class DemoNames {

  private DemoNames() {}

  /** Display name by account id, for every account of the demo tenant. */
  public static Map<Long, String> displayNames(DemoContext context) throws SQLException {
    try (var accounts =
        context
            .connection()
            .prepareStatement(
                "SELECT id, display_name FROM user_accounts WHERE tenant_id = ? ORDER BY id")) {
      accounts.setLong(1, context.tenantId());
      Map<Long, String> names = new LinkedHashMap<>();
      try (ResultSet rows = accounts.executeQuery()) {
        while (rows.next()) {
          names.put(rows.getLong(1), rows.getString(2));
        }
      }
      return names;
    }
  }
}
