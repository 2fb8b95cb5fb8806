package org.medley;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.HashMap;
import java.util.Map;
import org.medley.insight.InsightCommand;
import org.medley.platform.CrossOrigins;
import org.medley.platform.EmbeddedDatabase;
import org.medley.platform.PublicAddress;

@OpenAPIDefinition(
    info =
        @Info(
            title = "Medley API",
            version = "0.1",
            description =
                "Service desk and staffing marketplace for hospital IT. Every error is an RFC 9457"
                    + " application/problem+json document."))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class Application {

  public static void main(String[] args) {
    if (InsightCommand.requested(args)) {
      Map<String, Object> properties = new HashMap<>(EmbeddedDatabase.defaultsFor(System.getenv()));
      properties.putAll(CrossOrigins.propertiesFor(System.getenv()));
      System.exit(InsightCommand.run(args, properties));
    }
    Micronaut.build(args)
        .banner(false)
        // Medley is told where it runs by its configuration; probing for clouds only slows startup.
        .deduceEnvironment(false)
        .deduceCloudEnvironment(false)
        .properties(EmbeddedDatabase.defaultsFor(System.getenv()))
        .properties(CrossOrigins.propertiesFor(System.getenv()))
        .properties(PublicAddress.defaultsFor(System.getenv()))
        .start();
  }
}
