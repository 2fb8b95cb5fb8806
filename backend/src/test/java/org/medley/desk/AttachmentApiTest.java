package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Files on tickets over real multipart HTTP against MariaDB. */
public class AttachmentApiTest {

  /** The first bytes of a real PNG (signature + IHDR of a 1×1 image). */
  public static final byte[] PNG =
      bytes(
          0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
          0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
          0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
          0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
          0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82);

  /** A Windows executable's header: "MZ", the DOS stub, then the PE signature. */
  static final byte[] EXE = exe();

  private static String enduser;
  private static String agent;

  private static long application;

  @BeforeAll
  static synchronized void signIn() throws java.sql.SQLException {
    enduser = TestApp.tokenFor("enduser");
    agent = TestApp.tokenFor("agent");
    try (var c = TestApp.connection();
        var rows = c.createStatement().executeQuery("SELECT MIN(id) FROM applications")) {
      rows.next();
      application = rows.getLong(1);
    }
  }

  static JsonNode file(String title) {
    Api.Reply created =
        Api.postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"See the attached file\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3}",
            enduser);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void theRequesterAttachesAScreenshotAndTheDeskDownloadsTheSameBytes() {
    long ticket = file("Printer shows error " + UUID.randomUUID()).path("id").asLong();

    Api.Reply uploaded = upload(ticket, "error screen.png", "image/png", PNG, null, enduser);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    JsonNode file = uploaded.json();
    assertThat(file.path("filename").asText()).isEqualTo("error screen.png");
    assertThat(file.path("contentType").asText()).isEqualTo("image/png");
    assertThat(file.path("sizeBytes").asLong()).isEqualTo(PNG.length);
    assertThat(file.path("uploadedBy").asText()).isEqualTo("Nora Patel");
    assertThat(file.path("visibility").asText()).isEqualTo("PUBLIC");
    long id = file.path("id").asLong();
    assertThat(uploaded.header("Location"))
        .isEqualTo("/api/tickets/" + ticket + "/attachments/" + id);

    JsonNode listed = get("/api/tickets/" + ticket + "/attachments", agent).json();
    assertThat(listed.findValuesAsText("filename")).containsExactly("error screen.png");

    HttpResponse<byte[]> download = download(ticket, id, agent);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PNG);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;")
        .contains("filename=\"error screen.png\"");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    JsonNode audit = get("/api/tickets/" + ticket + "/audit", agent).json();
    assertThat(audit.findValuesAsText("action")).contains("ATTACHED");
    assertThat(audit.findValuesAsText("newValue")).contains("error screen.png");
  }

  @Test
  void anExecutableRenamedAsAPictureIsRefused() {
    long ticket = file("Suspicious " + UUID.randomUUID()).path("id").asLong();
    Api.Reply reply = upload(ticket, "screenshot.png", "image/png", EXE, null, enduser);
    assertProblem(reply, 415);
    assertThat(reply.body()).contains("not accepted");
    // A ZIP archive is not a document either, whatever it is called.
    byte[] zip = bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00);
    assertProblem(upload(ticket, "notes.zip", "application/zip", zip, null, enduser), 415);
    // HTML could run script if it were ever served inline.
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertProblem(upload(ticket, "notes.txt", "text/plain", html, null, enduser), 415);
    assertThat(get("/api/tickets/" + ticket + "/attachments", enduser).json().size()).isZero();
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    long ticket = file("Big log " + UUID.randomUUID()).path("id").asLong();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'a');
    assertProblem(upload(ticket, "huge.txt", "text/plain", big, null, enduser), 413);
    // Twelve megabytes is past even the upload ceiling: refused before it is read.
    byte[] huger = new byte[12 * 1024 * 1024];
    assertProblem(upload(ticket, "huger.txt", "text/plain", huger, null, enduser), 413);
    assertThat(get("/api/tickets/" + ticket + "/attachments", enduser).json().size()).isZero();
  }

  @Test
  void namesAreCleanedAndTheExtensionFollowsTheBytes() {
    long ticket = file("Names " + UUID.randomUUID()).path("id").asLong();
    byte[] text = "Error 42 at 03:10\n".getBytes(StandardCharsets.UTF_8);
    JsonNode log = upload(ticket, "../../etc/passwd.txt", "text/plain", text, null, enduser).json();
    assertThat(log.path("filename").asText()).isEqualTo("passwd.txt");
    JsonNode png = upload(ticket, "photo", "application/octet-stream", PNG, null, enduser).json();
    assertThat(png.path("filename").asText()).isEqualTo("photo.png");
    assertThat(png.path("contentType").asText()).isEqualTo("image/png");
  }

  @Test
  void internalFilesAreTheDesksOwn() {
    long ticket = file("Internal " + UUID.randomUUID()).path("id").asLong();
    assertProblem(upload(ticket, "mine.png", "image/png", PNG, "INTERNAL", enduser), 400);
    Api.Reply internal = upload(ticket, "config.png", "image/png", PNG, "INTERNAL", agent);
    assertThat(internal.status()).as(internal.body()).isEqualTo(201);
    long id = internal.json().path("id").asLong();
    assertThat(get("/api/tickets/" + ticket + "/attachments", agent).json().size()).isEqualTo(1);
    assertThat(get("/api/tickets/" + ticket + "/attachments", enduser).json().size()).isZero();
    assertThat(download(ticket, id, enduser).statusCode()).isEqualTo(404);
    assertProblem(upload(ticket, "x.png", "image/png", PNG, "SECRET", agent), 400);
  }

  @Test
  void badUploadsAndForeignTicketsAnswerProblems() {
    long ticket = file("Bad input " + UUID.randomUUID()).path("id").asLong();
    long file = upload(ticket, "a.png", "image/png", PNG, null, enduser).json().path("id").asLong();
    assertProblem(upload(ticket, "empty.png", "image/png", new byte[0], null, enduser), 400);
    assertProblem(upload(999_999_999L, "a.png", "image/png", PNG, null, agent), 404);
    // No file part at all, or JSON instead of multipart.
    Api.Reply noFile =
        Api.send(
            Api.request("/api/tickets/" + ticket + "/attachments")
                .header("Authorization", "Bearer " + agent)
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ--\r\n"))
                .build());
    assertThat(noFile.status()).isBetween(400, 499);
    assertProblem(noFile, noFile.status());
    Api.Reply json = Api.postJson("/api/tickets/" + ticket + "/attachments", "{}", agent);
    assertThat(json.status()).isBetween(400, 499);
    assertProblem(json, json.status());
    assertProblem(get("/api/tickets/" + ticket + "/attachments/999999999", agent), 404);
    assertProblem(get("/api/tickets/" + ticket + "/attachments/abc", agent), 400);
    assertProblem(get("/api/tickets/abc/attachments", agent), 400);
    // Another patient-facing user of the same hospital, and another health system's agent.
    String nurse = TestUsers.demoTenant("nurse-attach", "end-user");
    assertProblem(get("/api/tickets/" + ticket + "/attachments", nurse), 404);
    assertThat(download(ticket, file, nurse).statusCode()).isEqualTo(404);
    assertProblem(upload(ticket, "b.png", "image/png", PNG, null, nurse), 404);
    String outsider = TestUsers.otherTenant("lakeside-attach", "agent");
    assertProblem(get("/api/tickets/" + ticket + "/attachments", outsider), 404);
    assertThat(download(ticket, file, outsider).statusCode()).isEqualTo(404);
    assertProblem(upload(ticket, "b.png", "image/png", PNG, null, outsider), 404);
    // The attachment exists, but not on this other ticket.
    long other = file("Other " + UUID.randomUUID()).path("id").asLong();
    assertThat(download(other, file, agent).statusCode()).isEqualTo(404);
  }

  // ---- multipart by hand, so the test controls every byte ----

  public static Api.Reply upload(
      long ticket, String name, String type, byte[] content, String visibility, String token) {
    String boundary = "medley" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (visibility != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\n"
              + visibility
              + "\r\n");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name.replace("\"", "\\\"")
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return Api.send(
        Api.request("/api/tickets/" + ticket + "/attachments")
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  static HttpResponse<byte[]> download(long ticket, long id, String token) {
    return Api.sendForBytes(
        Api.request("/api/tickets/" + ticket + "/attachments/" + id)
            .header("Authorization", "Bearer " + token)
            .GET()
            .build());
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static byte[] exe() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80; // e_lfanew: the PE header follows at 0x80
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }
}
