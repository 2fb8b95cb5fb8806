package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medley.desk.internal.AssignmentPolicy.Candidate;

class RoutingTest {

  @Test
  void aMemberNothingIsKnownAboutIsUnskilledIdleAndWithoutCapacity() {
    List<Candidate> candidates =
        Routing.candidates(
            List.of(1L, 2L), Set.of(1L), Map.of(1L, 3), Map.of(1L, 5), Map.of(1L, 40.0));
    assertThat(candidates)
        .containsExactly(new Candidate(1, true, 3, 5, 40.0), new Candidate(2, false, 0, 0, 0.0));
  }
}
