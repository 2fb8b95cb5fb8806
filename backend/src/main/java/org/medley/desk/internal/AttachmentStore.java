package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attachment metadata in {@code ticket_attachments}, bytes in {@code ticket_attachment_content}: a
 * listing reads no content, and the ticket row never grows with its files.
 */
@Singleton
class AttachmentStore {

  private final JdbcOperations jdbc;

  AttachmentStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  record Meta(
      long id,
      long ticketId,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256,
      String visibility,
      String uploadedByName,
      Instant createdAt) {}

  long insert(
      long tenantId,
      long ticketId,
      String filename,
      String contentType,
      String sha256,
      String visibility,
      Actor actor,
      byte[] content,
      Instant at) {
    long id =
        jdbc.execute(
            (Connection connection) -> {
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "INSERT INTO ticket_attachments (tenant_id, ticket_id, filename,"
                          + " content_type, size_bytes, sha256, uploaded_by, uploaded_by_name,"
                          + " visibility, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                bindAll(
                    statement,
                    tenantId,
                    ticketId,
                    filename,
                    contentType,
                    (long) content.length,
                    sha256,
                    actor.accountId(),
                    actor.name(),
                    visibility,
                    at);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    jdbc.prepareStatement(
        "INSERT INTO ticket_attachment_content (attachment_id, content) VALUES (?,?)",
        statement -> {
          statement.setLong(1, id);
          statement.setBytes(2, content);
          return statement.executeUpdate();
        });
    return id;
  }

  List<Meta> list(long ticketId, boolean publicOnly) {
    return jdbc.prepareStatement(
        "SELECT id, ticket_id, filename, content_type, size_bytes, sha256, visibility,"
            + " uploaded_by_name, created_at FROM ticket_attachments WHERE ticket_id = ?"
            + (publicOnly ? " AND visibility = 'PUBLIC'" : "")
            + " ORDER BY created_at, id",
        statement -> {
          statement.setLong(1, ticketId);
          List<Meta> list = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              list.add(meta(rows));
            }
          }
          return list;
        });
  }

  Optional<Meta> find(long ticketId, long attachmentId) {
    return jdbc.prepareStatement(
        "SELECT id, ticket_id, filename, content_type, size_bytes, sha256, visibility,"
            + " uploaded_by_name, created_at FROM ticket_attachments WHERE ticket_id = ? AND id = ?",
        statement -> {
          statement.setLong(1, ticketId);
          statement.setLong(2, attachmentId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(meta(rows)) : Optional.empty();
          }
        });
  }

  byte[] content(long attachmentId) {
    return jdbc.prepareStatement(
        "SELECT content FROM ticket_attachment_content WHERE attachment_id = ?",
        statement -> {
          statement.setLong(1, attachmentId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getBytes(1);
          }
        });
  }

  private static Meta meta(ResultSet rows) throws java.sql.SQLException {
    return new Meta(
        rows.getLong("id"),
        rows.getLong("ticket_id"),
        rows.getString("filename"),
        rows.getString("content_type"),
        rows.getLong("size_bytes"),
        rows.getString("sha256"),
        rows.getString("visibility"),
        rows.getString("uploaded_by_name"),
        instant(rows, "created_at"));
  }
}
