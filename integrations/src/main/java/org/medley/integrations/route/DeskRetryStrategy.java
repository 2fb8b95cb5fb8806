package org.medley.integrations.route;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient's quick retry of a desk's 503 or 429, for calls safe to send twice only. HttpClient's
 * default strategy re-sends any request answered 503, a POST too: when the desk had carried it out
 * and only its answer failed (a proxy's 503), a reply or a file would arrive twice, past the
 * protocol's duplicate check. Here a POST or PATCH is re-sent only after a 429 (the desk did
 * nothing); otherwise it goes back to the outbox, whose retry runs the protocol and its check
 * again. A connection failure is retried only for idempotent methods, as HttpClient does.
 */
public final class DeskRetryStrategy extends DefaultHttpRequestRetryStrategy {

  private DeskRetryStrategy(int retries, TimeValue interval) {
    super(retries, interval);
  }

  /** Up to {@code retries} quick tries {@code delayMillis} apart (a Retry-After wins). */
  public static DeskRetryStrategy of(int retries, long delayMillis) {
    return new DeskRetryStrategy(retries, TimeValue.ofMilliseconds(delayMillis));
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    HttpRequest request = HttpCoreContext.cast(context).getRequest();
    boolean repeatable =
        request == null || Method.isIdempotent(request.getMethod()) || response.getCode() == 429;
    return repeatable && super.retryRequest(response, execCount, context);
  }
}
