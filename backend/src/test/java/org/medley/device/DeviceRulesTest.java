package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** The rules a device and a model are held to, in the API and the import alike. */
class DeviceRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static Device pump() {
    return new Device(
        7,
        " bme-004417 ",
        "8015-1234",
        "Main Campus",
        "Tower A",
        "ICU 5",
        "512",
        "Critical Care",
        DeviceStatus.IN_SERVICE,
        true,
        "10.40.1.17",
        "00-1a-2b-3c-4d-5e",
        "12.1.2",
        "BD Service",
        null,
        LocalDate.of(2027, 6, 30),
        LocalDate.of(2021, 3, 1),
        new BigDecimal("4250.5"),
        LocalDate.of(2030, 1, 1));
  }

  private static Device with(UnaryOperator<Object[]> change) {
    Device p = pump();
    Object[] f = {
      p.modelId(),
      p.assetTag(),
      p.serial(),
      p.site(),
      p.building(),
      p.unit(),
      p.room(),
      p.department(),
      p.status(),
      p.connected(),
      p.ipAddress(),
      p.macAddress(),
      p.firmware(),
      p.contractVendor(),
      p.contractEngagementId(),
      p.contractEndsOn(),
      p.acquiredOn(),
      p.acquisitionCost(),
      p.endOfSupport()
    };
    f = change.apply(f);
    return new Device(
        (long) f[0],
        (String) f[1],
        (String) f[2],
        (String) f[3],
        (String) f[4],
        (String) f[5],
        (String) f[6],
        (String) f[7],
        (DeviceStatus) f[8],
        (boolean) f[9],
        (String) f[10],
        (String) f[11],
        (String) f[12],
        (String) f[13],
        (Long) f[14],
        (LocalDate) f[15],
        (LocalDate) f[16],
        (BigDecimal) f[17],
        (LocalDate) f[18]);
  }

  private static UnaryOperator<Object[]> set(int index, Object value) {
    return f -> {
      f[index] = value;
      return f;
    };
  }

  @Test
  void aWellFormedDeviceIsTidied() {
    Device device = Device.of(pump(), TODAY);

    assertThat(device.assetTag()).isEqualTo("BME-004417");
    assertThat(device.macAddress()).isEqualTo("00:1A:2B:3C:4D:5E");
    assertThat(device.acquisitionCost()).isEqualByComparingTo("4250.50");
    assertThat(device.acquisitionCost().scale()).isEqualTo(2);
    assertThat(Device.of(with(set(10, "fe80::1")), TODAY).ipAddress()).isEqualTo("fe80::1");
    assertThat(Device.of(with(set(4, "  ")), TODAY).building()).isNull();
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("no asset tag", set(1, " "), "assetTag"),
        Arguments.of("asset tag with a space", set(1, "BME 4417"), "assetTag"),
        Arguments.of("no serial", set(2, null), "serial"),
        Arguments.of("no site", set(3, ""), "site"),
        Arguments.of("room too long", set(6, "x".repeat(51)), "room"),
        Arguments.of("no status", set(8, null), "status"),
        Arguments.of("IP address that is none", set(10, "10.40.1.256"), "ipAddress"),
        Arguments.of("host name for an IP", set(10, "pump.local"), "ipAddress"),
        Arguments.of("MAC address that is none", set(11, "00:1A:2B:3C:4D"), "macAddress"),
        Arguments.of("network details of an unconnected device", set(9, false), "ipAddress"),
        Arguments.of("vendor and engagement", set(14, 3L), "contractEngagementId"),
        Arguments.of("contract end without a contract", set(13, null), "contractEndsOn"),
        Arguments.of("bought tomorrow", set(16, TODAY.plusDays(1)), "acquiredOn"),
        Arguments.of("bought in 1900", set(16, LocalDate.of(1900, 1, 1)), "acquiredOn"),
        Arguments.of("negative cost", set(17, new BigDecimal("-1")), "acquisitionCost"),
        Arguments.of("fractions of a cent", set(17, new BigDecimal("1.005")), "acquisitionCost"),
        Arguments.of("end of support in 2200", set(18, LocalDate.of(2200, 1, 1)), "endOfSupport"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenRuleIsRefusedNamingItsField(
      String why, UnaryOperator<Object[]> change, String field) {
    assertThatThrownBy(() -> Device.of(with(change), TODAY))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(Refused.Kind.INVALID);
              assertThat(refused.errors()).extracting(Problem.FieldError::field).contains(field);
            });
  }

  @Test
  void everyProblemOfADeviceIsNamedAtOnce() {
    Device broken =
        with(
            f -> {
              f[1] = null;
              f[2] = null;
              f[9] = false;
              f[17] = new BigDecimal("-5");
              return f;
            });

    assertThatThrownBy(() -> Device.of(broken, TODAY))
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactlyInAnyOrder(
                        "assetTag", "serial", "ipAddress", "macAddress", "acquisitionCost"));
  }

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of(RiskLevel.LOW, null, true),
        Arguments.of(RiskLevel.MEDIUM, null, true),
        Arguments.of(RiskLevel.HIGH, null, false),
        Arguments.of(RiskLevel.LIFE_SUPPORT, null, false),
        Arguments.of(RiskLevel.LIFE_SUPPORT, 6, true),
        Arguments.of(RiskLevel.LOW, 0, false),
        Arguments.of(RiskLevel.LOW, 60, true),
        Arguments.of(RiskLevel.LOW, 61, false));
  }

  @ParameterizedTest(name = "{0} every {1} months: {2}")
  @MethodSource("intervals")
  void highRiskAndLifeSupportModelsAreMaintainedOnSchedule(
      RiskLevel risk, Integer months, boolean accepted) {
    DeviceModel model =
        new DeviceModel("ZOLL", "R Series", "Defibrillator", risk, months, "Energy test", null);
    if (accepted) {
      assertThat(DeviceModel.of(model).pmIntervalMonths()).isEqualTo(months);
    } else {
      assertThatThrownBy(() -> DeviceModel.of(model))
          .isInstanceOfSatisfying(
              Refused.class,
              refused ->
                  assertThat(refused.errors())
                      .extracting(Problem.FieldError::field)
                      .containsExactly("pmIntervalMonths"));
    }
  }

  @Test
  void aModelNeedsItsNamesAndRisk() {
    assertThatThrownBy(() -> DeviceModel.of(new DeviceModel(" ", null, "", null, null, null, null)))
        .isInstanceOfSatisfying(
            Refused.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactlyInAnyOrder("manufacturer", "model", "deviceClass", "risk"));
  }
}
