package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/** The fuzzer's generators follow the document: every schema yields values of its kind. */
class SchemaValuesTest {

  @Test
  void everyParameterAndBodySchemaYieldsValuesThatFollowIt() throws Exception {
    List<String> wrong = new ArrayList<>();
    JqwikSession.start("1");
    try {
      Random random = new Random(1);
      for (OpenApiFuzzTest.Op op : OpenApiFuzzTest.operations()) {
        List<Schema<?>> schemas = new ArrayList<>();
        for (String in : List.of("path", "query")) {
          op.parameters(in).forEach(p -> schemas.add(p.getSchema()));
        }
        op.bodies().values().forEach(m -> schemas.add(m.getSchema()));
        for (Schema<?> schema : schemas) {
          var generator = SchemaValues.valid(schema).generator(1000, true);
          for (int i = 0; i < 20; i++) {
            Object value = generator.next(random).value();
            String flaw = flaw(schema, value);
            if (flaw != null) {
              wrong.add(op.key() + ": " + flaw);
            }
          }
        }
      }
    } finally {
      JqwikSession.finish();
    }
    assertThat(wrong).isEmpty();
  }

  /** Why a scalar value does not follow its schema (enums, patterns, bounds), else null. */
  private static String flaw(Schema<?> schema, Object value) {
    if (value == null) {
      return Boolean.TRUE.equals(schema.getNullable()) || schema.getAllOf() != null
          ? null
          : "null for " + schema;
    }
    if (schema.getEnum() != null && !schema.getEnum().contains(value)) {
      return value + " is not one of " + schema.getEnum();
    }
    if (value instanceof String text
        && schema.getPattern() != null
        && !Pattern.compile(schema.getPattern()).matcher(text).find()) {
      return "'" + text + "' does not match " + schema.getPattern();
    }
    if (value instanceof Long number
        && (schema.getMinimum() != null && number < schema.getMinimum().longValue()
            || schema.getMaximum() != null && number > schema.getMaximum().longValue())) {
      return number + " out of " + schema.getMinimum() + ".." + schema.getMaximum();
    }
    return null;
  }
}
