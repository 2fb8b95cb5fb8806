package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.slf4j.LoggerFactory;

/**
 * Sign-ins and authenticated calls leave neither passwords nor tokens in the log, even at DEBUG.
 */
class LogHygieneTest {

  @Test
  void passwordsAndTokensNeverReachTheLog() {
    String token = TestApp.tokenFor("agent");
    String password = "Wr0ng-Horse-Battery-" + System.nanoTime();
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.DEBUG);
    try {
      Api.postJson("/login", "{\"username\":\"agent\",\"password\":\"" + password + "\"}", null);
      Api.postJson("/login", "{\"username\":\"nobody\",\"password\":\"" + password + "\"}", null);
      Api.get("/api/me", token);
      Api.get("/api/tickets?size=5", token);
      Api.get("/api/me", forged);
    } finally {
      root.setLevel(before);
      root.detachAppender(captured);
    }
    List<String> lines =
        captured.list.stream()
            .map(
                event ->
                    event.getLoggerName()
                        + ": "
                        + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                            ? ""
                            : ThrowableProxyUtil.asString(event.getThrowableProxy())))
            .toList();
    assertThat(lines).as("DEBUG logging was captured").isNotEmpty();
    String signature = token.substring(token.lastIndexOf('.') + 1);
    assertThat(String.join("\n", lines))
        .doesNotContain(password)
        .doesNotContain(signature)
        .doesNotContain("Zm9yZ2Vk");
  }
}
