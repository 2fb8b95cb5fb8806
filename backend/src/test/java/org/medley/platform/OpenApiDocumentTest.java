package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Contract;
import org.yaml.snakeyaml.Yaml;

/**
 * The generated OpenAPI document, read as a generic tool reads it: every operation names its
 * success and the problem+json answers every operation can give ({@link ApiDocs.Problems}), and
 * every pattern is an ECMA-262 regular expression (the dialect OpenAPI specifies), not Java-only
 * syntax.
 */
class OpenApiDocumentTest {

  private static final List<String> COMMON =
      List.of("400", "401", "403", "404", "406", "409", "413", "415", "422", "429", "503");
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  // Java regex constructs ECMA-262 does not have, or reads differently.
  private static final Pattern JAVA_ONLY =
      Pattern.compile(
          "\\(\\?[imsuxdU-]|\\\\[pP]\\{|\\\\[AZzhHRXQEG]|[*+?}]\\+|\\[[^\\]]*&&|\\(\\?<[a-zA-Z]");

  private static Map<String, Object> document;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(Contract.DOCUMENT)) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      document = new Yaml().load(in);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsSuccessAndTheCommonProblems() {
    List<String> missing = new ArrayList<>();
    int operations = 0;
    var paths = (Map<String, Map<String, Object>>) document.get("paths");
    for (var path : paths.entrySet()) {
      for (var entry : path.getValue().entrySet()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        operations++;
        String operation = entry.getKey().toUpperCase() + " " + path.getKey();
        var responses =
            (Map<String, Map<String, Object>>)
                ((Map<String, Object>) entry.getValue()).get("responses");
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
          missing.add(operation + ": no 2xx");
        }
        for (String code : COMMON) {
          var response = responses.get(code);
          var content = response == null ? null : (Map<String, Object>) response.get("content");
          if (content == null || !content.containsKey(Problem.MEDIA_TYPE)) {
            missing.add(operation + ": no " + code + " " + Problem.MEDIA_TYPE);
          }
        }
      }
    }
    assertThat(operations).isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPatternIsAnEcmaRegularExpression() {
    List<String> patterns = new ArrayList<>();
    collectPatterns(document, patterns);
    assertThat(patterns).isNotEmpty();
    assertThat(patterns).noneMatch(p -> JAVA_ONLY.matcher(p).find());
  }

  @Test
  void theJavaOnlyCheckCatchesWhatTheIssueFound() {
    assertThat(JAVA_ONLY.matcher("(?i)csv|xlsx").find()).isTrue();
    assertThat(JAVA_ONLY.matcher("^[^\\p{Cntrl}]*$").find()).isTrue();
    assertThat(JAVA_ONLY.matcher("^([cC][sS][vV]|[xX][lL][sS][xX])$").find()).isFalse();
    assertThat(JAVA_ONLY.matcher("(startsOn|name)(,(asc|desc))?").find()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static void collectPatterns(Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("pattern".equals(key) && value instanceof String pattern) {
              into.add(pattern);
            } else {
              collectPatterns(value, into);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectPatterns(item, into));
    }
  }
}
