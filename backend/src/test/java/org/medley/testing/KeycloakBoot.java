package org.medley.testing;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts Keycloak in the background as soon as a test plan includes a test tagged as needing it, so
 * its 15–60 s start overlaps the other tests instead of adding to them. Plans without such a test
 * (a single {@code -Dtest=…}, the packaged-jar ITs) never start it.
 */
public class KeycloakBoot implements TestExecutionListener {

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    boolean needed =
        plan.getRoots().stream()
            .flatMap(root -> plan.getDescendants(root).stream())
            .anyMatch(
                id ->
                    id.getSource()
                        .filter(ClassSource.class::isInstance)
                        .map(s -> ((ClassSource) s).getJavaClass())
                        .filter(c -> c.isAnnotationPresent(NeedsKeycloak.class))
                        .isPresent());
    if (needed && System.getProperty("medley.keycloak.home") != null) {
      Keycloak.startInBackground();
    }
  }
}
