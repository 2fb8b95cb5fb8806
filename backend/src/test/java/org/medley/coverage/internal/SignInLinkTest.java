package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medley.identity.AccountFirstSeen;
import org.medley.identity.Accounts;
import org.medley.platform.Refused;

class SignInLinkTest {

  private static final long HOSPITAL = 1;
  private static final long PARTNER = 7;

  private static Accounts.Account account(
      long id, long tenant, long organization, boolean enabled) {
    return new Accounts.Account(
        id, tenant, organization, "Dana", null, null, null, null, Set.of(), enabled, "dana");
  }

  private static final SignInLink.Holder DANA = new SignInLink.Holder(10, "Dana W", HOSPITAL, null);

  private static Object refusal(Accounts.Account account, SignInLink.Holder holder) {
    return SignInLink.refusal(HOSPITAL, DANA, 5, account, holder)
        .map(
            e ->
                e instanceof Refused r
                    ? r.kind() + " " + r.errors().get(0).field()
                    : ((HttpStatusException) e).getStatus())
        .orElse("linked");
  }

  @Test
  void anAccountOfTheSameTenantAndEmployerThatNobodyHoldsIsLinked() {
    assertThat(refusal(account(5, HOSPITAL, HOSPITAL, true), null)).isEqualTo("linked");
    assertThat(refusal(account(5, HOSPITAL, HOSPITAL, true), DANA)).isEqualTo("linked");
  }

  @Test
  void eachWrongLinkIsRefusedWithItsStatusNamingAccountId() {
    assertThat(refusal(null, null)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refusal(account(5, 2, 2, true), null)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refusal(account(5, HOSPITAL, PARTNER, true), null))
        .isEqualTo("UNPROCESSABLE accountId");
    assertThat(
            refusal(
                account(5, HOSPITAL, HOSPITAL, true),
                new SignInLink.Holder(11, "Marcus", HOSPITAL, 5L)))
        .isEqualTo("CONFLICT accountId");
    assertThat(refusal(account(5, HOSPITAL, HOSPITAL, false), null))
        .isEqualTo("UNPROCESSABLE accountId");
  }

  @Test
  void aDisabledAccountAlreadyLinkedStaysLinked() {
    var linked = new SignInLink.Holder(10, "Dana W", HOSPITAL, 5L);
    assertThat(
            SignInLink.refusal(HOSPITAL, linked, 5, account(5, HOSPITAL, HOSPITAL, false), linked))
        .isEmpty();
  }

  private static AccountFirstSeen seen(boolean verified) {
    return new AccountFirstSeen(5, HOSPITAL, HOSPITAL, "Dana", "dana@h.example", verified);
  }

  @Test
  void firstSignInLinksOnlyAVerifiedEmailMatchingExactlyOneFreeRecordOfTheEmployer() {
    var free = new SignInLink.Holder(10, "Dana W", HOSPITAL, null);
    var taken = new SignInLink.Holder(11, "Dana X", HOSPITAL, 9L);
    var contracted = new SignInLink.Holder(12, "Dana Y", PARTNER, null);
    var twin = new SignInLink.Holder(13, "Dana Z", HOSPITAL, null);

    assertThat(SignInLink.atFirstSignIn(seen(true), List.of(free))).contains(free);
    assertThat(SignInLink.atFirstSignIn(seen(true), List.of(free, taken, contracted)))
        .contains(free);
    assertThat(SignInLink.atFirstSignIn(seen(false), List.of(free))).isEmpty();
    assertThat(SignInLink.atFirstSignIn(seen(true), List.of(taken))).isEmpty();
    assertThat(SignInLink.atFirstSignIn(seen(true), List.of(contracted))).isEmpty();
    assertThat(SignInLink.atFirstSignIn(seen(true), List.of(free, twin))).isEmpty();
    assertThat(SignInLink.atFirstSignIn(seen(true), List.of())).isEmpty();
  }
}
