package org.medley.platform;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON booleans are {@code true} or {@code false}, nothing else. The lenient default reads {@code
 * "maybe"} as false, which would silently clear a flag such as a ticket's PHI marker.
 */
@Singleton
@Order(-100)
class StrictBooleans implements Deserializer<Boolean> {

  @Override
  public Boolean deserialize(
      Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
    Object value = decoder.decodeArbitrary();
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw decoder.createDeserializationException("expected true or false", value);
  }

  @Override
  public Boolean deserializeNullable(
      Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
    if (decoder.decodeNull()) {
      return null;
    }
    return deserialize(decoder, context, type);
  }
}
