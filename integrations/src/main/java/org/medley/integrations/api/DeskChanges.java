package org.medley.integrations.api;

import java.util.List;

/**
 * What a poll found, oldest first, and where the next poll starts. The backend stores the watermark
 * only after it applied the changes, so a restart neither misses nor (with the event ids) repeats.
 */
public record DeskChanges(List<DeskChange> changes, String watermark) {

  public DeskChanges {
    changes = List.copyOf(changes);
  }
}
