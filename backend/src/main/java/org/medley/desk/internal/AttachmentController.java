package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.medley.desk.internal.AttachmentDesk.AttachmentView;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;
import org.medley.platform.FieldProblems;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.platform.StrictText;

/** Files on a ticket: upload (multipart, part {@code file}), list, download. */
@Controller("/api/tickets/{id}/attachments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class AttachmentController {

  private final AttachmentDesk attachments;

  AttachmentController(AttachmentDesk attachments) {
    this.attachments = attachments;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary =
          "Attach a file (multipart part 'file'; optional part 'visibility': PUBLIC|INTERNAL)",
      description =
          "Screenshots (PNG, JPEG, GIF, WebP), PDF, Office documents (docx, xlsx, pptx), plain"
              + " text and CSV, up to medley.desk.attachments.max-bytes (10 MB by default: 413"
              + " beyond). The type is read from the file's bytes; anything else answers 415.")
  HttpResponse<AttachmentView> upload(
      Authentication authentication,
      long id,
      @Part("file") CompletedFileUpload file,
      @Nullable @Part("visibility") String visibility) {
    String shown = null;
    if (visibility != null && !visibility.isBlank()) {
      shown = visibility.strip().toUpperCase(Locale.ROOT);
      if (!shown.equals("PUBLIC") && !shown.equals("INTERNAL")) {
        throw Refused.invalid("visibility", "PUBLIC or INTERNAL");
      }
    }
    StrictText.require("file", file.getFilename());
    if (file.getSize() > attachments.maxBytes()) {
      throw new AttachmentDesk.FileRefused(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          "the file is larger than " + attachments.maxBytes() / (1024 * 1024) + " MB");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AttachmentView created =
        attachments.attach(Caller.of(authentication), id, file.getFilename(), content, shown);
    return HttpResponse.created(
        created, URI.create("/api/tickets/" + id + "/attachments/" + created.id()));
  }

  @Get
  @Operation(summary = "The ticket's files the caller may see, oldest first")
  List<AttachmentView> list(Authentication authentication, long id) {
    return attachments.list(Caller.of(authentication), id);
  }

  @Get(value = "/{attachmentId}", produces = MediaType.ALL)
  @Operation(
      summary = "Download one file, always as an attachment (never rendered inline)",
      description = "Served with its detected type, Content-Disposition: attachment and nosniff.")
  HttpResponse<byte[]> download(Authentication authentication, long id, long attachmentId) {
    AttachmentDesk.Download download =
        attachments.download(Caller.of(authentication), id, attachmentId);
    return HttpResponse.ok(download.content())
        .contentType(download.meta().contentType())
        .header("Content-Disposition", disposition(download.meta().filename()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store");
  }

  /** RFC 6266: an ASCII fallback name plus the exact UTF-8 name. */
  static String disposition(String filename) {
    String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
    String encoded =
        java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  @Singleton
  static class RefusedFile
      implements ExceptionHandler<AttachmentDesk.FileRefused, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> errors;

    RefusedFile(ErrorResponseProcessor<?> errors) {
      this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AttachmentDesk.FileRefused exception) {
      return FieldProblems.respond(
          errors,
          request,
          exception,
          HttpResponse.status(exception.status),
          List.of(new Problem.FieldError("file", exception.getMessage())));
    }
  }
}
