package org.medley.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Map;

/**
 * Query parameters pass the same text check as JSON strings ({@link StrictText}): {@code ?q=%00} is
 * a 400 naming {@code q}, not a search for a NUL character.
 */
@ServerFilter("/api/**")
class StrictQueryParameters implements Ordered {

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }

  @RequestFilter
  void check(HttpRequest<?> request) {
    for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
      // A name that is not text is not echoed back as the field.
      StrictText.require("query", parameter.getKey());
      for (String value : parameter.getValue()) {
        StrictText.require(parameter.getKey(), value);
      }
    }
  }
}
