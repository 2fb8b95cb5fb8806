package org.medley.platform;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries built from the OpenAPI document's schemas: values that follow a schema (its
 * types, formats, enums, patterns, bounds and required members, with jqwik's edge cases mixed in),
 * and the ways a careless or hostile client breaks one (a wrong type, a missing member, an
 * oversized or hostile string, an out-of-range number, an unknown member). Values are plain JSON
 * trees: maps, lists, strings, numbers, booleans and null.
 */
final class SchemaValues {

  /** Strings that have broken parsers, databases and renderers before. */
  static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "\u0000",
          "\ud800",
          "a\u202eb",
          "\uFEFF",
          "😀",
          "' OR 1=1 --",
          "\\",
          "%s%n%x",
          "${jndi:ldap://127.0.0.1/x}",
          "<script>alert(1)</script>",
          "../../../etc/passwd",
          "=cmd|' /C calc'!A0",
          "null",
          "true",
          "-0",
          "1e999",
          "2026-02-30",
          "2026-13-01T25:61:00Z",
          "P99999999999D",
          "\r\n\r\n",
          "\t");

  private static final int DEPTH = 6;

  private SchemaValues() {}

  /** Values that follow {@code schema}. */
  static Arbitrary<Object> valid(Schema<?> schema) {
    return valid(schema, 0);
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Object> valid(Schema<?> schema, int depth) {
    if (schema == null) {
      return Arbitraries.oneOf(Arbitraries.just("x"), Arbitraries.just(1L));
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      // micronaut-openapi's nullable reference: nullable + allOf[$ref].
      Arbitrary<Object> inner = valid(schema.getAllOf().get(0), depth);
      return Boolean.TRUE.equals(schema.getNullable()) ? orNull(inner) : inner;
    }
    Arbitrary<Object> value = nonNull(schema, depth);
    return Boolean.TRUE.equals(schema.getNullable()) ? orNull(value) : value;
  }

  private static Arbitrary<Object> orNull(Arbitrary<Object> value) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
  }

  private static Arbitrary<Object> nonNull(Schema<?> schema, int depth) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return Arbitraries.of(new ArrayList<Object>(schema.getEnum()));
    }
    String type = type(schema);
    return switch (type) {
      case "string" -> string(schema).map(s -> (Object) s);
      case "integer" -> integer(schema).map(n -> (Object) n);
      case "number" -> number(schema).map(n -> (Object) n);
      case "boolean" -> Arbitraries.of(true, false).map(b -> (Object) b);
      case "array" -> array(schema, depth);
      case "object" -> object(schema, depth);
      default -> Arbitraries.oneOf(Arbitraries.just("x"), Arbitraries.just(1L));
    };
  }

  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().iterator().next();
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema instanceof ArraySchema || schema.getItems() != null) {
      return "array";
    }
    return "any";
  }

  private static Arbitrary<String> string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (format) {
      case "date":
        return dates().map(LocalDate::toString);
      case "date-time":
        return Arbitraries.longs()
            .between(
                Instant.parse("1999-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2031-01-01T00:00:00Z").getEpochSecond())
            .map(s -> Instant.ofEpochSecond(s).toString());
      case "email":
        return Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(12)
            .map(s -> s + "@fuzz.example");
      case "uuid":
        return Arbitraries.create(() -> java.util.UUID.randomUUID().toString());
      default:
        break;
    }
    if (schema.getPattern() != null) {
      return pattern(schema.getPattern());
    }
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    int max = schema.getMaxLength() == null ? Math.max(min, 40) : schema.getMaxLength();
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(" -_.,é€😀")
        .ofMinLength(min)
        .ofMaxLength(Math.min(max, Math.max(min, 200)));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1999, 1, 1).toEpochDay(), LocalDate.of(2031, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Strings matching a regular expression (RgxGen draws them from jqwik's random). */
  private static Arbitrary<String> pattern(String regex) {
    RgxGen generator = RgxGen.parse(regex.replaceAll("^\\^", "").replaceAll("(?<!\\\\)\\$$", ""));
    return Arbitraries.randomValue(generator::generate);
  }

  private static Arbitrary<Long> integer(Schema<?> schema) {
    boolean int32 = "int32".equals(schema.getFormat());
    long min =
        schema.getMinimum() != null
            ? schema.getMinimum().longValue()
            : int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max =
        schema.getMaximum() != null
            ? schema.getMaximum().longValue()
            : int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    // Mostly small numbers (ids, counts, pages), the bounds as jqwik's edge cases.
    long small = Math.max(min, Math.min(max, 0));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            3, Arbitraries.longs().between(small, Math.min(max, Math.max(small, small + 100)))),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(min, max)));
  }

  private static Arbitrary<Double> number(Schema<?> schema) {
    double min = schema.getMinimum() != null ? schema.getMinimum().doubleValue() : -1e6;
    double max = schema.getMaximum() != null ? schema.getMaximum().doubleValue() : 1e6;
    return Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(min), BigDecimal.valueOf(max))
        .ofScale(2)
        .map(BigDecimal::doubleValue);
  }

  private static Arbitrary<Object> array(Schema<?> schema, int depth) {
    if (depth > DEPTH) {
      return Arbitraries.just(List.of());
    }
    int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
    int max = schema.getMaxItems() == null ? Math.max(min, 4) : Math.min(schema.getMaxItems(), 6);
    var list =
        valid(schema.getItems(), depth + 1).list().ofMinSize(min).ofMaxSize(Math.max(min, max));
    return (Boolean.TRUE.equals(schema.getUniqueItems()) ? list.uniqueElements() : list)
        .map(l -> (Object) l);
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Object> object(Schema<?> schema, int depth) {
    Map<String, Schema> properties =
        schema.getProperties() == null
            ? Map.of()
            : (Map<String, Schema>) (Map) schema.getProperties();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    if (depth > DEPTH) {
      return Arbitraries.just(Map.of());
    }
    List<Arbitrary<Map.Entry<String, Object>>> members = new ArrayList<>();
    for (var property : properties.entrySet()) {
      String name = property.getKey();
      Arbitrary<Object> value = valid(property.getValue(), depth + 1);
      Arbitrary<Map.Entry<String, Object>> entry =
          value.map(v -> new java.util.AbstractMap.SimpleEntry<>(name, v));
      members.add(
          required.contains(name) ? entry : Arbitraries.oneOf(entry, Arbitraries.just(null)));
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> extra && properties.isEmpty()) {
      return Arbitraries.maps(
              Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), valid(extra, depth + 1))
          .ofMaxSize(3)
          .map(m -> (Object) m);
    }
    if (members.isEmpty()) {
      return Arbitraries.just(Map.of());
    }
    return Combinators.combine(members)
        .as(
            entries -> {
              Map<String, Object> map = new LinkedHashMap<>();
              for (var e : entries) {
                if (e != null) {
                  map.put(e.getKey(), e.getValue());
                }
              }
              return (Object) map;
            });
  }

  // ---- breaking a value

  /** A value of another JSON type than {@code value}'s. */
  static Object otherType(Object value, Random random) {
    List<Object> others = new ArrayList<>();
    if (!(value instanceof String)) {
      others.add(HOSTILE.get(random.nextInt(HOSTILE.size())));
      others.add("1");
    }
    if (!(value instanceof Number)) {
      others.add(random.nextBoolean() ? 1.5 : Long.MAX_VALUE);
    }
    if (!(value instanceof Boolean)) {
      others.add(true);
    }
    if (!(value instanceof List)) {
      others.add(List.of(1, "a"));
    }
    if (!(value instanceof Map)) {
      others.add(Map.of("a", 1));
    }
    if (value != null) {
      others.add(null);
    }
    return others.get(random.nextInt(others.size()));
  }

  /** A value just outside the usual: extreme numbers, hostile or very long text. */
  static Object boundary(Object value, Random random) {
    if (value instanceof Number) {
      Object[] numbers = {
        0,
        -1,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        new BigDecimal("9223372036854775808"),
        Integer.MAX_VALUE + 1L,
        1e308,
        -0.0,
        1e-9,
        3.5
      };
      return numbers[random.nextInt(numbers.length)];
    }
    if (value instanceof String) {
      return random.nextInt(4) == 0
          ? "x".repeat(1 + random.nextInt(3) * 1000 + random.nextInt(2) * 60_000)
          : HOSTILE.get(random.nextInt(HOSTILE.size()));
    }
    if (value instanceof List<?> list) {
      List<Object> longer = new ArrayList<>();
      Object element = list.isEmpty() ? 1 : list.get(0);
      for (int i = 0; i < 2_000; i++) {
        longer.add(element);
      }
      return random.nextBoolean() ? longer : List.of();
    }
    return otherType(value, random);
  }

  /**
   * {@code tree} with one member or element, picked at random at any depth, changed by {@code
   * change} (which may return {@link #REMOVE}); the tree itself when it has none.
   */
  static Object mutateOne(
      Object tree, Random random, java.util.function.BiFunction<Object, Random, Object> change) {
    List<Object[]> slots = new ArrayList<>();
    collect(tree, slots);
    if (slots.isEmpty()) {
      Object changed = change.apply(tree, random);
      return changed == REMOVE ? null : changed;
    }
    Object[] slot = slots.get(random.nextInt(slots.size()));
    @SuppressWarnings("unchecked")
    Object changed = change.apply(get(slot), random);
    set(slot, changed);
    return tree;
  }

  /** A marker for {@link #mutateOne}: remove the member. */
  static final Object REMOVE = new Object();

  private static void collect(Object node, List<Object[]> slots) {
    if (node instanceof Map<?, ?> map) {
      for (Object key : new ArrayList<>(map.keySet())) {
        slots.add(new Object[] {map, key});
        collect(map.get(key), slots);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < Math.min(list.size(), 8); i++) {
        slots.add(new Object[] {list, i});
        collect(list.get(i), slots);
      }
    }
  }

  private static Object get(Object[] slot) {
    return slot[0] instanceof Map<?, ?> map
        ? map.get(slot[1])
        : ((List<?>) slot[0]).get((Integer) slot[1]);
  }

  @SuppressWarnings("unchecked")
  private static void set(Object[] slot, Object value) {
    if (slot[0] instanceof Map<?, ?> map) {
      if (value == REMOVE) {
        ((Map<Object, Object>) map).remove(slot[1]);
      } else {
        ((Map<Object, Object>) map).put(slot[1], value);
      }
    } else {
      List<Object> list = (List<Object>) slot[0];
      if (value == REMOVE) {
        list.remove((int) (Integer) slot[1]);
      } else {
        list.set((Integer) slot[1], value);
      }
    }
  }

  /** A deep copy with mutable maps and lists, so a generated value can be changed. */
  @SuppressWarnings("unchecked")
  static Object mutableCopy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, mutableCopy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(mutableCopy(v)));
      return copy;
    }
    return node;
  }
}
