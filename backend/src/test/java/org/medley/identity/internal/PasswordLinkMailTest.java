package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordLinkMailTest {

  @Test
  void anInvitationSaysWhatToDoUntilWhenAndHowToSignInAfterwards() {
    var mail =
        PasswordLinkMail.compose(
            PasswordLinks.Purpose.INVITATION,
            "Lee Park",
            "https://medley.example/set-password#token=abc",
            "Wednesday 9 December 2026 at 05:00 EST");
    assertThat(mail.subject()).isEqualTo("You are invited to Medley");
    assertThat(mail.body())
        .contains("Hello Lee Park")
        .contains("https://medley.example/set-password#token=abc")
        .contains("works once and until Wednesday 9 December 2026 at 05:00 EST")
        .contains("sign in with your e-mail address");
  }

  @Test
  void aResetSaysItIsAResetAndThatIgnoringItChangesNothing() {
    var mail =
        PasswordLinkMail.compose(PasswordLinks.Purpose.RESET, "Lee Park", "link", "tomorrow");
    assertThat(mail.subject()).isEqualTo("Set a new password for Medley");
    assertThat(mail.body()).contains("nothing changes until the link is used");
  }
}
