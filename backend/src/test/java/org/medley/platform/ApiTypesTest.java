package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medley.testing.Contract;

/**
 * The SPA's generated API types ({@code frontend/src/lib/api-types.ts}) say what this build's
 * OpenAPI document says: a changed API fails here until {@code frontend/scripts/api-types.mjs} is
 * rerun and its output committed.
 */
class ApiTypesTest {

  @Test
  void generatedTypesMatchTheDocument() throws Exception {
    Path frontend = Path.of(System.getProperty("medley.frontend.dir", "../frontend"));
    Path node = frontend.resolve("node/node");
    assertThat(node).as("node installed by the frontend build").exists();
    Path document = Path.of(ApiTypesTest.class.getResource(Contract.DOCUMENT).toURI());
    Process check =
        new ProcessBuilder(
                node.toAbsolutePath().toString(),
                "scripts/api-types.mjs",
                document.toString(),
                "--check")
            .directory(frontend.toFile())
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    check.getInputStream().transferTo(output);
    assertThat(check.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(check.exitValue()).as(output.toString(StandardCharsets.UTF_8)).isZero();
  }
}
