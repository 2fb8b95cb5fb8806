package org.medley.platform;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says about answers the code cannot show micronaut-openapi: the
 * problem+json errors every operation can give, and the Location header of a create. Success
 * statuses come from {@code @Status} on the method (micronaut-openapi cannot see {@code
 * HttpResponse.created(…)} inside it). One home for each, used as annotations; the contract test
 * (every response the API tests receive, validated against the document) keeps them true.
 */
public final class ApiDocs {

  private ApiDocs() {}

  /**
   * On every controller: the problem+json answers any operation can give. A status a feature starts
   * answering on every route belongs here; one only some operations give goes on those.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ApiResponse(
      responseCode = "400",
      description = "Bad request: malformed JSON, a wrong type, or a field that fails validation",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "401",
      description = "No valid bearer token, or wrong credentials",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "403",
      description = "The caller's role or organisation may not do this",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "404",
      description = "Nothing here, or nothing the caller may see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "406",
      description = "The Accept header names no media type this operation produces",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "409",
      description = "Conflict: a stale version, a duplicate, or a state that forbids the change",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "413",
      description = "The request body is larger than the server accepts",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "415",
      description = "The request body's Content-Type is not one this operation consumes",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "422",
      description = "Well-formed, but the business rules refuse it",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "429",
      description = "Too many requests from this client; retry after the Retry-After seconds",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "503",
      description = "Medley cannot serve this right now (e.g. the database is unreachable); retry",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public @interface Problems {}

  /**
   * A create, beside {@code @Status(HttpStatus.CREATED)}: {@code 201} with the new resource (schema
   * from the return type) and its Location.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "201",
      description = "Created; Location names the new resource",
      useReturnTypeSchema = true,
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "The new resource's path",
              schema = @Schema(type = "string")))
  public @interface Created {}
}
