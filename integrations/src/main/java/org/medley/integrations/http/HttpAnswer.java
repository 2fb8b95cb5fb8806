package org.medley.integrations.http;

import java.util.Map;

/** A desk's answer: 2xx, or a 4xx the call asked to read. Header names are lower case. */
public record HttpAnswer(int status, String body, Map<String, String> headers) {

  public HttpAnswer {
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
