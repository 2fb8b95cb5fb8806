package org.medley.platform;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Client-side routes such as {@code /workspace/123} are not files: a browser asking for HTML at an
 * unknown path gets the SPA's {@code index.html}; everything else (the API, assets, non-GET) keeps
 * its problem+json 404.
 */
@Controller
class SpaFallback {

  private final byte[] indexHtml;
  private final ErrorResponseProcessor<?> errors;

  SpaFallback(ResourceResolver resources, ErrorResponseProcessor<?> errors) {
    this.indexHtml = read(resources.getResourceAsStream("classpath:public/index.html"));
    this.errors = errors;
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> notFound(HttpRequest<?> request) {
    if (isPageRequest(request)) {
      return page();
    }
    return problem(request, "No resource at " + request.getPath());
  }

  /** {@code POST /login} is the built-in issuer; a GET is the SPA's sign-in page. */
  @Get(uri = "/login", produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Hidden
  HttpResponse<?> signInPage(HttpRequest<?> request) {
    return indexHtml != null ? page() : problem(request, "This build has no sign-in page.");
  }

  private HttpResponse<?> page() {
    return HttpResponse.ok(indexHtml)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .header("Cache-Control", "no-cache");
  }

  private HttpResponse<?> problem(HttpRequest<?> request, String message) {
    return errors.processResponse(
        ErrorContext.builder(request).errorMessage(message).build(), HttpResponse.notFound());
  }

  private boolean isPageRequest(HttpRequest<?> request) {
    String path = request.getPath();
    return indexHtml != null
        && "GET".equals(request.getMethodName())
        && !path.startsWith("/api/")
        && !path.startsWith("/assets/")
        && request.getHeaders().accept().stream()
            .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
  }

  private static byte[] read(Optional<InputStream> stream) {
    return stream
        .map(
            in -> {
              try (in) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .orElse(null);
  }
}
