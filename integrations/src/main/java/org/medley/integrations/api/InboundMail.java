package org.medley.integrations.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One mail read from a support mailbox, as the backend needs it to open a ticket or add a comment.
 *
 * @param messageId the mail's {@code Message-ID} without angle brackets; when the mail has none, a
 *     stable one made from its sender, date and text (so a repeat is still recognised)
 * @param inReplyTo the {@code In-Reply-To} ids, without angle brackets
 * @param references the {@code References} ids, oldest first, without angle brackets
 * @param from the sender's address, lower case
 * @param fromName the sender's display name, or null
 * @param to the addresses in {@code To} and {@code Cc}, lower case
 * @param subject the subject as written (decoded), never null
 * @param automatic why this mail was written by a machine ({@code Auto-Submitted: auto-replied},
 *     {@code Precedence: bulk}, an out-of-office subject, …), or null for a person's mail
 * @param text the mail's own words: its text/plain part (else its HTML as plain text), with quoted
 *     history and the signature trimmed
 * @param attachments the files it carries, inline images included
 * @param sentAt its {@code Date}, or null
 */
public record InboundMail(
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    String from,
    String fromName,
    List<String> to,
    String subject,
    String automatic,
    String text,
    List<Attachment> attachments,
    Instant sentAt) {

  public InboundMail {
    Objects.requireNonNull(messageId);
    Objects.requireNonNull(from);
    inReplyTo = List.copyOf(inReplyTo);
    references = List.copyOf(references);
    to = List.copyOf(to);
    subject = subject == null ? "" : subject;
    text = text == null ? "" : text;
    attachments = List.copyOf(attachments);
  }

  /** The ids this mail answers: {@code In-Reply-To} first, then {@code References} newest first. */
  public List<String> answers() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
    for (int i = references.size() - 1; i >= 0; i--) {
      ids.add(references.get(i));
    }
    return List.copyOf(ids);
  }

  /**
   * A file the mail carries.
   *
   * @param name its file name (made up from the type when the mail gives none)
   * @param contentType its MIME type as the mail declares it, without parameters
   * @param size its size in bytes
   * @param bytes its content
   * @param inline whether it is shown inside the text (an inline image) rather than attached
   * @param omitted true when the file is larger than the reader's limit: {@code size} is then the
   *     mailbox's estimate and {@code bytes} is empty (a file too large to keep is never
   *     downloaded)
   */
  public record Attachment(
      String name, String contentType, long size, byte[] bytes, boolean inline, boolean omitted) {

    @Override
    public String toString() {
      return "Attachment[" + name + ", " + contentType + ", " + size + " bytes]";
    }
  }
}
