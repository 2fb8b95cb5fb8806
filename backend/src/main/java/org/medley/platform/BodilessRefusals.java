package org.medley.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;

/**
 * Some refusals are made by filters before any controller or error handler runs (Micronaut's CORS
 * filter answers a foreign origin with a bare 403). They get a problem document like every other
 * 4xx, so clients never have to guess why.
 */
@ServerFilter("/**")
class BodilessRefusals implements Ordered {

  @Override
  public int getOrder() {
    // Runs its response half after every later filter (CORS included) has answered.
    return ServerFilterPhase.FIRST.after();
  }

  @ResponseFilter
  void explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int status = response.code();
    if (status < 400 || status >= 500 || response.getBody().isPresent()) {
      return;
    }
    if (request.getMethod() == HttpMethod.HEAD) {
      return;
    }
    boolean foreignOrigin = status == 403 && request.getHeaders().getOrigin().isPresent();
    String detail =
        foreignOrigin
            ? "Cross-origin calls are accepted only from the origins listed in MEDLEY_CORS_ORIGINS."
            : null;
    String title = HttpStatus.valueOf(status).getReason();
    response
        .body(new Problem("about:blank", title, status, detail, request.getPath(), List.of()))
        .contentType(Problem.MEDIA_TYPE);
  }
}
