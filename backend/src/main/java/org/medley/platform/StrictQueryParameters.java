package org.medley.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import java.util.Map;

/**
 * Query parameters pass the same text check as JSON strings ({@link StrictText}): {@code ?q=%00} is
 * a 400 naming {@code q}, not a search for a NUL character. A boolean parameter is {@code true} or
 * {@code false} (or empty, read as absent): the lenient default reads {@code ?retired=maybe} as
 * false, as {@link StrictBooleans} says of JSON.
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
    if (RouteAttributes.getRouteMatch(request).orElse(null)
        instanceof MethodBasedRouteMatch<?, ?> route) {
      for (Argument<?> argument : route.getArguments()) {
        Class<?> type = argument.getType();
        if ((type == boolean.class || type == Boolean.class)
            && argument.isAnnotationPresent(QueryValue.class)) {
          String name =
              argument
                  .getAnnotationMetadata()
                  .stringValue(QueryValue.class)
                  .filter(n -> !n.isEmpty())
                  .orElse(argument.getName());
          for (String value : request.getParameters().getAll(name)) {
            if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
              throw Refused.invalid(name, "must be true or false");
            }
          }
        }
      }
    }
  }
}
