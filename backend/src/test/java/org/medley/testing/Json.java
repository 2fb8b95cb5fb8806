package org.medley.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Request bodies as JSON trees, so a test changes a field by name rather than by editing text. */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * An object with these fields, in this order ({@code Map.entry(name, value)}); a value is a
   * string, number, boolean, list or {@link JsonNode}.
   */
  @SafeVarargs
  public static ObjectNode object(Map.Entry<String, ?>... fields) {
    ObjectNode object = MAPPER.createObjectNode();
    for (Map.Entry<String, ?> field : fields) {
      object.set(field.getKey(), MAPPER.valueToTree(field.getValue()));
    }
    return object;
  }

  /** A value written as JSON text, for data tables of test cases; the caller names its type. */
  @SuppressWarnings("unchecked")
  public static <T extends JsonNode> T parse(String json) {
    try {
      return (T) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }
}
