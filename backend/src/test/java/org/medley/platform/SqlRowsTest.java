package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SqlRowsTest {

  @Test
  void placeholdersHaveOneGroupPerRow() {
    assertThat(SqlRows.values(2, 3)).isEqualTo("(?,?,?),(?,?,?)");
    assertThat(SqlRows.values(1, 1)).isEqualTo("(?)");
  }

  @Test
  void rowsAreSplitIntoStatementSizedRunsInOrder() {
    List<Integer> rows = IntStream.range(0, 450).boxed().toList();
    List<List<Integer>> runs = SqlRows.runs(rows);
    assertThat(runs).extracting(List::size).containsExactly(200, 200, 50);
    assertThat(runs.stream().flatMap(List::stream).toList()).isEqualTo(rows);
    assertThat(SqlRows.runs(List.of())).isEmpty();
  }
}
