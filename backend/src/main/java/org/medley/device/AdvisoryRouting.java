package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * Who remediates an advisory's devices: biomed (clinical engineering takes the device out of use,
 * patches and verifies it), IT (network isolation, patch deployment) or both, each with an order of
 * its own, since on a connected device the work is done side by side and closed by each group for
 * its part (docs/decisions.md, "Advisory routing"). {@link #BOTH} is the default: every affected
 * device is on the network.
 */
public enum AdvisoryRouting {
  BIOMED,
  IT,
  BOTH;

  /**
   * The groups that get an order per device, from the hospital's HTM settings. A group the hospital
   * has not named is left out; when none is left, the order opens without a group (the desk assigns
   * it), so that the device's exposure is counted all the same. A null in the list is that
   * unassigned order.
   */
  public List<Long> groups(@Nullable Long biomedGroup, @Nullable Long itGroup) {
    List<Long> groups = new ArrayList<>(2);
    if (this != IT && biomedGroup != null) {
      groups.add(biomedGroup);
    }
    if (this != BIOMED && itGroup != null && !itGroup.equals(biomedGroup)) {
      groups.add(itGroup);
    }
    if (groups.isEmpty()) {
      groups.add(null);
    }
    return groups;
  }
}
