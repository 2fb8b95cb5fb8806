package org.medley.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.regex.Pattern;

/**
 * Two body limits instead of one. {@code micronaut.server.max-request-size} must admit a ticket
 * attachment (10 MB by default), and a device import takes as much (a CMMS export of a whole fleet
 * runs to several megabytes); every other request keeps the small JSON limit ({@code
 * medley.max-body-size}, 1 MB), refused with 413 from its Content-Length before it is read.
 */
@ServerFilter("/**")
class BodySizeLimits implements Ordered {

  /**
   * The only uploads that may exceed the JSON limit: files attached to a ticket, device imports.
   */
  private static final Pattern UPLOAD =
      Pattern.compile("^(/api/tickets/[^/]+/attachments|/api/devices/import)/?$");

  /** Room for the multipart envelope (boundaries, part headers, small fields) around the file. */
  private static final long ENVELOPE = 64 * 1024;

  private final long maxBody;
  private final long maxUpload;

  BodySizeLimits(
      @Value("${medley.max-body-size:1MB}") @ReadableBytes long maxBody,
      @Value("${medley.desk.attachments.max-bytes:10485760}") long maxAttachment) {
    this.maxBody = maxBody;
    this.maxUpload = maxAttachment + ENVELOPE;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }

  @RequestFilter
  void limit(HttpRequest<?> request) {
    long length = request.getContentLength();
    boolean upload =
        request.getMethod() == HttpMethod.POST && UPLOAD.matcher(request.getPath()).matches();
    if (length > (upload ? maxUpload : maxBody)) {
      throw new HttpStatusException(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.");
    }
  }
}
