package org.medley.platform;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON values are read as what they are, never coerced. Micronaut Serde's lenient default took
 * {@code "impact": 3.5} and {@code "impact": true} as 3 and 1, {@code "title": ["a"]} as "a" and
 * {@code "title": 5} as "5"; a client that sends those has a bug it should hear about. Each reader
 * here refuses anything but its own JSON type; {@link ProblemResponses} names the field. Booleans
 * have their own class, {@link StrictBooleans}.
 */
final class StrictScalars {

  private StrictScalars() {}

  /** Strings are JSON strings holding storable text ({@link StrictText}). */
  @Singleton
  @Order(-100)
  static class Strings implements Deserializer<String> {

    @Override
    public String deserialize(
        Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
      Object value = decoder.decodeArbitrary();
      if (!(value instanceof String text)) {
        throw decoder.createDeserializationException("expected a string", value);
      }
      String flaw = StrictText.flaw(text);
      if (flaw != null) {
        throw decoder.createDeserializationException(flaw, null);
      }
      return text;
    }

    @Override
    public String deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  /**
   * Serde reads {@code List<String>} with a reader of its own that bypasses {@link Strings} (it
   * took {@code [["PENDING"]]} and {@code [5]}); this one reads each element as a string.
   */
  @Singleton
  @Order(-100)
  static class StringLists implements Deserializer<List<String>> {

    private final Strings strings = new Strings();

    @Override
    public List<String> deserialize(
        Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
        throws IOException {
      List<String> list = new ArrayList<>();
      try (Decoder array = decoder.decodeArray(type)) {
        while (array.hasNextArrayValue()) {
          try {
            list.add(strings.deserializeNullable(array, context, Argument.STRING));
          } catch (SerdeException e) {
            e.getPath().add(ReferencePath.ofCollection(List.class, type, list.size()));
            throw e;
          }
        }
      }
      return list;
    }

    @Override
    public List<String> deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
        throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  /** Integers are JSON integers in range: not 3.5, not true, not "3". */
  @Singleton
  @Order(-100)
  static class Integers implements Deserializer<Integer> {

    @Override
    public Integer deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Integer> type)
        throws IOException {
      return (int) integral(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super Integer> type)
        throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  /** Longs (ids, versions) are JSON integers in range. */
  @Singleton
  @Order(-100)
  static class Longs implements Deserializer<Long> {

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
        throws IOException {
      return integral(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  /** Decimals (hours, ratios) are JSON numbers: not true, not "37.5". */
  @Singleton
  @Order(-100)
  static class Doubles implements Deserializer<Double> {

    @Override
    public Double deserialize(
        Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
      Object value = decoder.decodeArbitrary();
      if (value instanceof Number number) {
        double d = number.doubleValue();
        if (Double.isFinite(d)) {
          return d;
        }
        throw decoder.createDeserializationException("is out of range", value);
      }
      throw decoder.createDeserializationException("expected a number", value);
    }

    @Override
    public Double deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  /** Enum values are JSON strings naming a constant exactly. */
  @Singleton
  @Order(-100)
  static class Enums<E extends Enum<E>> implements Deserializer<E> {

    @Override
    @SuppressWarnings("unchecked")
    public E deserialize(Decoder decoder, DecoderContext context, Argument<? super E> type)
        throws IOException {
      Object value = decoder.decodeArbitrary();
      Class<E> enumType = (Class<E>) type.getType();
      if (value instanceof String name) {
        for (E constant : enumType.getEnumConstants()) {
          if (constant.name().equals(name)) {
            return constant;
          }
        }
      }
      throw decoder.createDeserializationException(
          "expected one of "
              + Arrays.stream(enumType.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")),
          value);
    }

    @Override
    public E deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super E> type)
        throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }

  private static long integral(Decoder decoder, long min, long max) throws IOException {
    Object value = decoder.decodeArbitrary();
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      BigInteger number = new BigInteger(value.toString());
      if (number.compareTo(BigInteger.valueOf(min)) >= 0
          && number.compareTo(BigInteger.valueOf(max)) <= 0) {
        return number.longValue();
      }
      throw decoder.createDeserializationException("is out of range", value);
    }
    throw decoder.createDeserializationException("expected a whole number", value);
  }
}
