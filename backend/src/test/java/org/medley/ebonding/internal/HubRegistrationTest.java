package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.HubRegistration.Step.SUBSCRIBE_AFTER;
import static org.medley.ebonding.internal.HubRegistration.Step.UNSUBSCRIBE_BEFORE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.ebonding.internal.HubRegistration.HubState;
import org.medley.ebonding.internal.HubRegistration.Step;
import org.medley.ebonding.internal.HubRegistration.Target;
import org.medley.integrations.api.DeskConnection.Auth;

/** When a connector's change registers or removes Medley's listener at its hub. */
class HubRegistrationTest {

  private static final Target A = new Target("http://a/tmf-api/troubleTicket/v4/hub", Auth.none());
  private static final Target A_OTHER_SECRET =
      new Target("http://a/tmf-api/troubleTicket/v4/hub", Auth.oauth2("http://a/t", "m", "s2"));
  private static final Target B = new Target("http://b/tmf-api/troubleTicket/v4/hub", Auth.none());

  static Stream<Arguments> cases() {
    return Stream.of(
        // before, after, stored state → steps
        Arguments.of("created", null, A, null, List.of(SUBSCRIBE_AFTER)),
        Arguments.of("created, not listening", null, null, null, List.of()),
        Arguments.of("renamed", A, A, HubState.SUBSCRIBED, List.of()),
        Arguments.of("renamed while registering", A, A, HubState.SUBSCRIBING, List.of()),
        Arguments.of(
            "saved again after the hub refused", A, A, HubState.FAILED, List.of(SUBSCRIBE_AFTER)),
        Arguments.of(
            "moved to another API",
            A,
            B,
            HubState.SUBSCRIBED,
            List.of(UNSUBSCRIBE_BEFORE, SUBSCRIBE_AFTER)),
        Arguments.of(
            "new credentials at the same hub",
            A,
            A_OTHER_SECRET,
            HubState.SUBSCRIBED,
            List.of(UNSUBSCRIBE_BEFORE, SUBSCRIBE_AFTER)),
        Arguments.of("deleted", A, null, HubState.SUBSCRIBED, List.of(UNSUBSCRIBE_BEFORE)),
        Arguments.of("switched off", A, null, HubState.SUBSCRIBING, List.of(UNSUBSCRIBE_BEFORE)),
        Arguments.of("switched on", null, A, HubState.UNSUBSCRIBED, List.of(SUBSCRIBE_AFTER)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plans(String change, Target before, Target after, HubState state, List<Step> steps) {
    assertThat(HubRegistration.plan(before, after, state)).containsExactlyElementsOf(steps);
  }
}
