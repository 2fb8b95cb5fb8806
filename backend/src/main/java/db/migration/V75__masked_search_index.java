package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Full-text indexes on the masked copies of ticket text (V74) on MySQL and MariaDB, the same shape
 * as {@link V3_1__ticket_search}'s on the text itself, so a partner without a business associate
 * agreement searches as fast as everyone else. The embedded H2 database searches with LIKE.
 */
public class V75__masked_search_index extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!product.contains("MySQL") && !product.contains("MariaDB")) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(
          "CREATE FULLTEXT INDEX ft_tickets_masked ON tickets (masked_title, masked_description)");
      statement.execute(
          "CREATE FULLTEXT INDEX ft_comments_masked ON ticket_comments (masked_body)");
    }
  }
}
