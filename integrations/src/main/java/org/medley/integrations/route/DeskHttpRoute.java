package org.medley.integrations.route;

import org.apache.camel.builder.RouteBuilder;

/**
 * Every call to a partner desk: prepare the request from the {@link
 * org.medley.integrations.http.HttpCall} in the body, send it, and read the answer. {@link
 * DeskRequests} and {@link DeskAnswers} decide; the route only wires.
 */
public class DeskHttpRoute extends RouteBuilder {

  public static final String ENDPOINT = "direct:desk-http";

  @Override
  public void configure() {
    from(ENDPOINT)
        .routeId("desk-http")
        .routeConfigurationId(DeskErrors.ID)
        .bean(DeskRequests.class, "prepare")
        .to("http://partner-desk?throwExceptionOnFailure=false")
        .bean(DeskAnswers.class, "read");
  }
}
