package org.medley;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.medley.platform.CrossOrigins;
import org.medley.platform.EmbeddedDatabase;

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
    Micronaut.build(args)
        .banner(false)
        // Medley is told where it runs by its configuration; probing for clouds only slows startup.
        .deduceEnvironment(false)
        .deduceCloudEnvironment(false)
        .properties(EmbeddedDatabase.defaultsFor(System.getenv()))
        .properties(CrossOrigins.propertiesFor(System.getenv()))
        .start();
  }
}
