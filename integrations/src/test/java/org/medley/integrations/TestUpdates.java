package org.medley.integrations;

import java.time.Instant;
import java.util.UUID;
import org.medley.integrations.api.DeskFile;
import org.medley.integrations.api.DeskUpdate;

/** Updates as the backend hands them over, for the protocol tests of descriptions and files. */
public final class TestUpdates {

  /** A few bytes of a PNG, with bytes that are not UTF-8, so text handling would show. */
  public static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0xFE, 1
  };

  private TestUpdates() {}

  public static DeskUpdate create(String number) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        null,
        DeskUpdate.Kind.CREATE,
        "Printer jams",
        "Jams on page two",
        "P3",
        "ASSIGNED",
        null,
        null,
        null,
        "Nora Nurse",
        Instant.now());
  }

  /** The description edited in Medley (the title comes along, as the backend sends it). */
  public static DeskUpdate described(String number, String id, String description) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        id,
        DeskUpdate.Kind.UPDATE,
        "Printer jams",
        description,
        "P3",
        "ASSIGNED",
        null,
        null,
        null,
        "Sam Servicedesk",
        Instant.now());
  }

  public static DeskUpdate attached(String number, String id, DeskFile file) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        id,
        DeskUpdate.Kind.ATTACHMENT,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Sam Servicedesk",
        Instant.now(),
        file);
  }

  /** The PNG above as Medley's attachment 41, with its real SHA-256. */
  public static DeskFile png(String name) {
    return file(name, "image/png", PNG.clone());
  }

  public static DeskFile file(String name, String type, byte[] content) {
    try {
      String sha =
          java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
      return new DeskFile(41, name, type, sha, content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
