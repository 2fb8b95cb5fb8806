package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must look like: the status, problem+json, and no Java internals. */
public final class ProblemAssert {

  private ProblemAssert() {}

  public static Api.Reply assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    var json = reply.json();
    assertThat(json.path("status").asInt()).isEqualTo(status);
    assertThat(json.path("title").asText()).isNotBlank();
    assertThat(reply.body())
        .doesNotContain("Exception")
        .doesNotContain("org.medley.")
        .doesNotContain("\tat ")
        .doesNotContain("io.micronaut.");
    return reply;
  }
}
