package org.medley.integrations.route;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * Reads a desk's answer: 2xx and the statuses the call accepts are answers; 429 and 5xx mean "not
 * now" ({@link DeskUnavailable}, retried); any other 4xx is a refusal ({@link DeskRefused},
 * parked).
 */
public final class DeskAnswers {

  /** Exchange property holding the call, for its accepted statuses. */
  public static final String CALL = "medley.deskCall";

  private static final int ANSWER_LIMIT = 2000;

  public static void read(Exchange exchange) {
    Message message = exchange.getMessage();
    int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    String body = message.getBody(String.class);
    HttpCall call = exchange.getProperty(CALL, HttpCall.class);
    if (status == 429 || status >= 500 || status == 0) {
      throw new DeskUnavailable(
          "The desk answered HTTP " + status + (body == null ? "" : ": " + shortened(body)));
    }
    if (status >= 400 && (call == null || !call.answers().contains(status))) {
      throw new DeskRefused(status, body == null ? "" : shortened(body));
    }
    Map<String, String> headers = new HashMap<>();
    message
        .getHeaders()
        .forEach(
            (name, value) -> {
              if (value != null && !name.startsWith("Camel")) {
                headers.put(name.toLowerCase(Locale.ROOT), String.valueOf(value));
              }
            });
    message.setBody(new HttpAnswer(status, body, headers));
  }

  static String shortened(String body) {
    String text = body.strip();
    return text.length() <= ANSWER_LIMIT ? text : text.substring(0, ANSWER_LIMIT) + "…";
  }

  private DeskAnswers() {}
}
