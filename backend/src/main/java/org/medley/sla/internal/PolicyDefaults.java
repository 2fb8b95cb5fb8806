package org.medley.sla.internal;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What an SLA policy or an OLA gets for a term it leaves out, for forms to start from. */
@Serdeable
record PolicyDefaults(List<String> pauseOn) {

  static PolicyDefaults current() {
    return new PolicyDefaults(PauseRule.DEFAULT.sorted());
  }
}
