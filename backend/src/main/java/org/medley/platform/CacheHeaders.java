package org.medley.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Vite puts a content hash in every asset's name, so assets can be cached for a year; index.html
 * names the current assets and must be revalidated on every load.
 */
@ServerFilter({"/assets/**", "/", "/index.html", "/favicon.svg"})
class CacheHeaders {

  @ResponseFilter
  void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.getStatus().getCode() >= 300) {
      return;
    }
    if (request.getPath().startsWith("/assets/")) {
      response.header("Cache-Control", "public, max-age=31536000, immutable");
    } else if (request.getPath().equals("/favicon.svg")) {
      response.header("Cache-Control", "public, max-age=86400");
    } else {
      response.header("Cache-Control", "no-cache");
    }
  }
}
