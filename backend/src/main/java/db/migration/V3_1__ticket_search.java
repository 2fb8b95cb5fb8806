package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Full-text indexes for ticket search on MySQL and MariaDB. The embedded H2 database has no
 * FULLTEXT syntax, so there the desk searches with LIKE (fine at demo scale); one migration history
 * serves both.
 */
public class V3_1__ticket_search extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!product.contains("MySQL") && !product.contains("MariaDB")) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("CREATE FULLTEXT INDEX ft_tickets_text ON tickets (title, description)");
      statement.execute("CREATE FULLTEXT INDEX ft_comments_body ON ticket_comments (body)");
    }
  }
}
