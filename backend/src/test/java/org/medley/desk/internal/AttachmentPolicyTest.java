package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The attachment rules without a server: names, sizes and types read from the bytes. */
class AttachmentPolicyTest {

  private final AttachmentPolicy policy = new AttachmentPolicy(1024);

  @Test
  void namesLoseDirectoriesControlCharactersAndLeadingDots() {
    assertThat(AttachmentPolicy.sanitise("C:\\Users\\nurse\\scan.pdf")).isEqualTo("scan.pdf");
    assertThat(AttachmentPolicy.sanitise("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentPolicy.sanitise("a\"b;c\r\nd.txt")).isEqualTo("a_b_c__d.txt");
    assertThat(AttachmentPolicy.sanitise("..hidden")).isEqualTo("hidden");
    assertThat(AttachmentPolicy.sanitise("   ")).isEqualTo("attachment");
    String longName = "x".repeat(300) + ".pdf";
    assertThat(AttachmentPolicy.sanitise(longName)).hasSize(200).endsWith(".pdf");
  }

  @Test
  void theBytesDecideTheType() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(policy.check("report.png", pdf))
        .isEqualTo(
            new AttachmentPolicy.Ok(
                new AttachmentPolicy.Accepted("report.png.pdf", "application/pdf")));
    byte[] text = "Printer 4W-02 jammed at 03:10\n".getBytes(StandardCharsets.UTF_8);
    assertThat(policy.check("printer.log", text))
        .isEqualTo(
            new AttachmentPolicy.Ok(new AttachmentPolicy.Accepted("printer.log", "text/plain")));
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThat(policy.check("notes.txt", elf)).isInstanceOf(AttachmentPolicy.Refused.class);
  }

  @Test
  void sizeIsCheckedBeforeTheType() {
    assertThat(policy.check("big.txt", new byte[1025]))
        .isEqualTo(new AttachmentPolicy.Refused(true, false, "the file is larger than 0 MB"));
    assertThat(policy.check("empty.txt", new byte[0]))
        .isEqualTo(new AttachmentPolicy.Refused(false, true, "the file is empty"));
  }
}
