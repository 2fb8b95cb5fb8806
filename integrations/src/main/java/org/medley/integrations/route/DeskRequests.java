package org.medley.integrations.route;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.http.HttpCall;

/**
 * Turns an {@link HttpCall} into the message camel-http sends: the full URL, the method, only the
 * headers the call names (never Camel's own) and the connection's credentials.
 */
public final class DeskRequests {

  /** Exchange property holding the {@link DeskConnection}. */
  public static final String CONNECTION = "medley.deskConnection";

  /** Exchange property holding a bearer token already fetched for an OAuth2 connection. */
  public static final String BEARER = "medley.deskBearer";

  public static void prepare(Exchange exchange) {
    HttpCall call = exchange.getMessage().getBody(HttpCall.class);
    DeskConnection connection = exchange.getProperty(CONNECTION, DeskConnection.class);
    Message message = exchange.getMessage();
    message.getHeaders().clear();
    message.setHeader(Exchange.HTTP_URI, url(connection.baseUrl(), call.path()));
    message.setHeader(Exchange.HTTP_METHOD, call.method());
    message.setHeader("Accept", "application/json");
    String authorization = authorization(connection, exchange.getProperty(BEARER, String.class));
    if (authorization != null && !call.headers().containsKey("Authorization")) {
      message.setHeader("Authorization", authorization);
    }
    for (Map.Entry<String, String> header : call.headers().entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    if (call.bytes() != null) {
      message.setHeader(
          Exchange.CONTENT_TYPE,
          call.headers().getOrDefault("Content-Type", "application/octet-stream"));
      message.setBody(call.bytes());
    } else if (call.body() != null) {
      if (!call.headers().containsKey("Content-Type")) {
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
      } else {
        message.setHeader(Exchange.CONTENT_TYPE, call.headers().get("Content-Type"));
      }
      message.setBody(call.body().getBytes(StandardCharsets.UTF_8));
    } else {
      message.setBody(null);
    }
  }

  static String url(URI base, String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return path;
    }
    String root = base.toString();
    if (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return root + (path.startsWith("/") ? path : "/" + path);
  }

  static String authorization(DeskConnection connection, String bearer) {
    DeskConnection.Auth auth = connection.auth();
    return switch (auth.type()) {
      case NONE -> null;
      // RT's auth tokens and most API keys go as "token"; a protocol that wants another scheme
      // sets the Authorization header on its calls itself.
      case TOKEN -> "token " + auth.token();
      case BASIC ->
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (auth.username() + ":" + auth.password()).getBytes(StandardCharsets.UTF_8));
      case OAUTH2_CLIENT -> bearer == null ? null : "Bearer " + bearer;
    };
  }

  private DeskRequests() {}
}
