package org.medley.insight;

import io.micronaut.context.ApplicationContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.medley.insight.internal.ReadModels;

/**
 * {@code java -jar medley.jar --rebuild-insights}: rebuilds every insight read model of every
 * hospital from the rows they summarise and exits (0 on success), with the same configuration as a
 * normal start but without serving HTTP or running the periodic jobs' work.
 */
public final class InsightCommand {

  public static final String FLAG = "--rebuild-insights";

  private InsightCommand() {}

  public static boolean requested(String[] args) {
    return Arrays.asList(args).contains(FLAG);
  }

  /** Runs the rebuild in an application context of its own; the exit status. */
  public static int run(String[] args, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("medley.sla.sweep.enabled", false);
    all.put("medley.ebonding.poll.enabled", false);
    try (ApplicationContext context =
        ApplicationContext.builder()
            .args(args)
            .deduceEnvironment(false)
            .deduceCloudEnvironment(false)
            .properties(all)
            .start()) {
      ReadModels.Rebuilt done = context.getBean(ReadModels.class).rebuild(null);
      done.models()
          .forEach(
              m ->
                  System.out.printf(
                      "rebuilt %s for tenant %d in %d ms%n", m.model(), m.tenantId(), m.millis()));
      return 0;
    } catch (RuntimeException e) {
      System.err.println("Rebuilding the insight read models failed: " + e);
      return 1;
    }
  }
}
