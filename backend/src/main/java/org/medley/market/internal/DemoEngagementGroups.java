package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/** Each demo partner's support groups are provided by that partner's demo engagement. */
@Singleton
class DemoEngagementGroups implements DemoContribution {

  @Override
  public int order() {
    // after the desk made the groups (40)
    return 41;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    for (String partner : context.keys("engagement")) {
      long engagement = context.id("engagement", partner);
      for (long group : context.ids("partner-group:" + partner)) {
        context.execute(
            "INSERT INTO engagement_groups (group_id, tenant_id, engagement_id) VALUES (?, ?, ?)",
            group,
            tenant,
            engagement);
      }
    }
  }
}
