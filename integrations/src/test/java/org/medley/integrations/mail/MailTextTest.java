package org.medley.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is left of a mail's text once the client's quote and signature are cut. */
class MailTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Gmail quote          | Fixed, thanks!\\n\\nOn Tue, Dec 1, 2026 at 9:12 AM Medley <desk@x.org> wrote:\\n> old | Fixed, thanks!
          wrapped On…wrote     | Fixed.\\nOn Tue, Dec 1, 2026 at 9:12 AM Medley Service Desk\\n<desk@x.org> wrote:\\n> old | Fixed.
          Outlook header block | Still broken.\\n\\nFrom: Medley <desk@x.org>\\nSent: Tuesday, December 1, 2026 9:12\\nTo: Joy\\nSubject: [INC-000123] | Still broken.
          Outlook underscores  | Still broken.\\n________________________________\\nFrom: Medley | Still broken.
          Original Message     | Yes.\\n-----Original Message-----\\nFrom: x | Yes.
          signature            | Please call me.\\n-- \\nJoy Nurse\\nRN, 4 West\\nx4411 | Please call me.
          interleaved quotes   | > Is it fixed?\\nNo.\\n> Which printer?\\nThe one at bed 12. | No.\\nThe one at bed 12.
          German client        | Danke!\\n\\nAm 01.12.2026 um 09:12 schrieb Medley <desk@x.org>:\\n> alt | Danke!
          only a quote         | > just the quote | > just the quote
          a From: line in text | From: the ward, please. Sent by Joy | From: the ward, please. Sent by Joy
          """)
  void trimsQuotesAndSignatures(String name, String mail, String kept) {
    assertThat(MailText.fromPlain(mail.replace("\\n", "\n"))).isEqualTo(kept.replace("\\n", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          script and style     | <style>b{}</style><p>Hi<script>alert(1)</script></p> | Hi
          entities stay text   | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p> | <script>alert(1)</script>
          blockquote is quote  | <div>New words</div><blockquote><div>On Mon x wrote:</div>old</blockquote> | New words
          line breaks          | <div>one<br>two</div><div>three</div> | one\\ntwo\\nthree
          links keep the words | <p>See <a href="javascript:alert(1)">this page</a></p> | See this page
          """)
  void turnsHtmlIntoPlainText(String name, String html, String text) {
    assertThat(MailText.fromHtml(html)).isEqualTo(text.replace("\\n", "\n"));
  }
}
