package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketStatusTest {

  private static final Set<String> IN_SQL =
      Arrays.stream(TicketStatus.OPEN_SQL.replaceAll("[()]", "").split(","))
          .map(quoted -> quoted.replace("'", ""))
          .collect(Collectors.toSet());

  @ParameterizedTest
  @EnumSource(TicketStatus.class)
  void theSqlListAndJavaAgreeOnWhatIsOpen(TicketStatus status) {
    assertThat(IN_SQL.contains(status.name())).isEqualTo(status.isOpen());
    assertThat(TicketStatus.OPEN.contains(status)).isEqualTo(status.isOpen());
  }

  @Test
  void theSqlListIsReadyForStatusIn() {
    assertThat(TicketStatus.OPEN_SQL).isEqualTo("('NEW','ASSIGNED','IN_PROGRESS','PENDING')");
  }
}
