package org.medley.integrations.api;

import java.util.Objects;

/**
 * A file attached to a Medley ticket, as an {@link DeskUpdate.Kind#ATTACHMENT} carries it to a
 * partner desk. The backend loads the bytes when it delivers, so the outbox row holds only the
 * attachment's id.
 *
 * @param id Medley's id of the attachment
 * @param filename the name it was stored under (cleaned: no directories, no quotes)
 * @param contentType the type its bytes showed, e.g. {@code image/png}
 * @param sha256 the hex SHA-256 of {@code content}, how a desk that reports hashes tells a repeat
 * @param content the file
 */
public record DeskFile(
    long id, String filename, String contentType, String sha256, byte[] content) {

  public DeskFile {
    Objects.requireNonNull(filename);
    Objects.requireNonNull(contentType);
    Objects.requireNonNull(content);
  }

  public long size() {
    return content.length;
  }

  /** Never prints the bytes, so an update can be logged. */
  @Override
  public String toString() {
    return "DeskFile[" + id + ", " + filename + ", " + contentType + ", " + size() + " bytes]";
  }
}
