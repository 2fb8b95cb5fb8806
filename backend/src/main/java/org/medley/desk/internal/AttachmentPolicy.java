package org.medley.desk.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a ticket accepts as an attachment: screenshots, PDFs, Office documents, plain text and logs
 * up to a size limit. The type is decided by the file's bytes (magic numbers, via Apache Tika), not
 * by the name or the header a client sends: an executable renamed {@code screenshot.png} is still
 * an executable, and is refused. A name only refines what the bytes allow (a ZIP named {@code
 * .docx} is a Word document; a ZIP named {@code .zip} is refused).
 */
final class AttachmentPolicy {

  /** Types a hospital desk needs to see, each with the extension it is served under. */
  static final Map<String, String> ALLOWED =
      Map.ofEntries(
          Map.entry("image/png", "png"),
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"),
          Map.entry("application/pdf", "pdf"),
          Map.entry("text/plain", "txt"),
          Map.entry("text/csv", "csv"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"));

  /** Text types Tika names more precisely than a desk needs: served as plain text. */
  private static final Set<String> PLAIN_TEXT = Set.of("text/x-log", "text/x-ini");

  private static final int MAX_NAME = 200;
  private static final Tika TIKA = new Tika();

  private final long maxBytes;

  AttachmentPolicy(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** An accepted file: its cleaned name and the type its bytes showed. */
  record Accepted(String filename, String contentType) {}

  sealed interface Verdict permits Ok, Refused {}

  record Ok(Accepted file) implements Verdict {}

  /** Why a file was refused; {@code tooLarge} answers 413, anything else 415. */
  record Refused(boolean tooLarge, boolean empty, String reason) implements Verdict {}

  Verdict check(String declaredName, byte[] content) {
    if (content.length == 0) {
      return new Refused(false, true, "the file is empty");
    }
    if (content.length > maxBytes) {
      return new Refused(
          true, false, "the file is larger than " + (maxBytes / (1024 * 1024)) + " MB");
    }
    String name = sanitise(declaredName);
    String detected;
    try {
      detected = TIKA.detect(new ByteArrayInputStream(content), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (PLAIN_TEXT.contains(detected)) {
      detected = "text/plain";
    }
    String extension = ALLOWED.get(detected);
    if (extension == null) {
      return new Refused(
          false,
          false,
          "files of type "
              + detected
              + " are not accepted; attach a screenshot (PNG, JPEG, GIF, WebP), a PDF, an Office"
              + " document or a text file");
    }
    return new Ok(new Accepted(withExtension(name, extension, detected), detected));
  }

  /**
   * A name safe to store and to put in a Content-Disposition header: no directories, no control or
   * quote characters, no leading dots, at most 200 characters.
   */
  static String sanitise(String declared) {
    String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || "\"<>:|?*;%".indexOf(c) >= 0) {
                clean.append('_');
              } else {
                clean.appendCodePoint(c);
              }
            });
    name = clean.toString().strip().replaceAll("^[.\\s]+", "");
    if (name.isEmpty()) {
      name = "attachment";
    }
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - ext.length()) + ext;
    }
    return name;
  }

  /** Keeps the name but makes its extension agree with the type its bytes showed. */
  private static String withExtension(String name, String extension, String type) {
    int dot = name.lastIndexOf('.');
    String current = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    boolean fits =
        current.equals(extension)
            || (type.equals("image/jpeg") && current.equals("jpeg"))
            || (type.equals("text/plain") && (current.equals("log") || current.equals("text")));
    if (fits) {
      return name;
    }
    String base =
        name.length() + extension.length() + 1 > MAX_NAME
            ? name.substring(0, MAX_NAME - extension.length() - 1)
            : name;
    return base + "." + extension;
  }
}
