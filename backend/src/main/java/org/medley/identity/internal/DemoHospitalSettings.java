package org.medley.identity.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The demo hospital's settings that need its calendars first: its default business calendar is the
 * first one the calendar feature seeded (its main service desk hours).
 */
@Singleton
class DemoHospitalSettings implements DemoContribution {

  @Override
  public int order() {
    return 25;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    context.execute(
        "UPDATE organizations SET default_calendar_id = ? WHERE id = ?",
        context.ids("calendar").get(0),
        context.tenantId());
  }
}
