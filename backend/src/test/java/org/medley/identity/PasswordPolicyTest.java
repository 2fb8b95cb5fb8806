package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final List<String> DANA =
      List.of("Dana Whitfield", "dana.whitfield@riverside-health.example", "Riverside Health");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery staple",
        "pager beeps at 3am again",
        "Wx8#kq2!Lm0z", // random, 12 characters
        "ünïcödé pässwörds wörk tøø"
      })
  void acceptsLongUnguessablePasswordsWithoutCompositionRules(String password) {
    assertThat(PasswordPolicy.refusal(password, DANA)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "short1!A       | at least 12 characters",
        "password1234   | one of the most common passwords",
        "qwertyuiop12   | one of the most common passwords",
        "aaaaaaaaaaaaaa | too easy to guess",
        "123456789012   | too easy to guess",
        "abcdefghijklmn | too easy to guess",
        "DanaWhitfield1 | too easy to guess",
        "riversidehealth| too easy to guess",
        "medleymedley12 | too easy to guess",
        "Whitfield2024! | too easy to guess"
      })
  void refusesShortCommonAndPersonalPasswordsSayingWhy(String password, String reason) {
    assertThat(PasswordPolicy.refusal(password.strip(), DANA))
        .hasValueSatisfying(r -> assertThat(r).contains(reason));
  }

  @org.junit.jupiter.api.Test
  void refusesWhatBcryptWouldCut() {
    assertThat(PasswordPolicy.refusal("a quiet night shift ".repeat(4), DANA))
        .hasValueSatisfying(r -> assertThat(r).contains("at most 64 characters"));
    // 30 characters, 90 bytes: BCrypt reads only 72 of them.
    assertThat(PasswordPolicy.refusal("日本語のパスワードはとても長いですね日本語のパスワードはとても", DANA))
        .hasValueSatisfying(r -> assertThat(r).contains("at most"));
  }
}
