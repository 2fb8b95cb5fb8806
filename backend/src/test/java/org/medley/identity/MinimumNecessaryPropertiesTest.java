package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The formats, generated: an identifier of each kind inside random ticket text (next to random
 * punctuation) is always removed, and ticket numbers, versions and error codes always stay.
 */
class MinimumNecessaryPropertiesTest {

  private static final MinimumNecessary FILTER = new MinimumNecessary(List.of());

  /** Words of ticket text that identify nobody. */
  private static final List<String> WORDS =
      List.of(
          "Epic",
          "Rover",
          "Haiku",
          "Willow",
          "Beaker",
          "Cadence",
          "Vocera",
          "Dragon",
          "Sunquest",
          "printer",
          "on",
          "4",
          "West",
          "is",
          "down",
          "since",
          "the",
          "upgrade",
          "badge",
          "label",
          "cannot",
          "scan",
          "wristband",
          "Imprivata",
          "VPN",
          "PACS",
          "lab",
          "queue",
          "stuck",
          "12",
          "users",
          "09:30",
          "and",
          "for",
          "with",
          "offline",
          "-",
          "/",
          "—");

  private static final List<String> BEFORE = List.of("", "(", "\"", "'", "[", " ");
  private static final List<String> AFTER = List.of("", ",", ".", ")", ";", ":", "!", "?", "\"");

  @Property(tries = 300, seed = "20261206")
  void anSsnIsAlwaysRemoved(@ForAll("ssns") String ssn, @ForAll("texts") String[] around) {
    assertRemoved(ssn, ssn, around);
  }

  @Property(tries = 300, seed = "20261206")
  void aPhoneNumberIsAlwaysRemoved(
      @ForAll("phones") String phone, @ForAll("texts") String[] around) {
    assertRemoved(phone, phone, around);
  }

  @Property(tries = 300, seed = "20261206")
  void aDateOfBirthIsAlwaysRemoved(
      @ForAll("births") String birth, @ForAll("texts") String[] around) {
    assertRemoved("DOB " + birth, birth, around);
  }

  @Property(tries = 300, seed = "20261206")
  void anMrnIsAlwaysRemoved(@ForAll("mrns") String mrn, @ForAll("texts") String[] around) {
    String value = mrn.substring(mrn.indexOf('|') + 1);
    assertRemoved(mrn.replace("|", ""), value, around);
  }

  @Property(tries = 300, seed = "20261206")
  void aPublicIpAddressIsAlwaysRemoved(@ForAll("ips") String ip, @ForAll("texts") String[] around) {
    assertRemoved("from " + ip, ip, around);
  }

  @Property(tries = 300, seed = "20261206")
  void anEmailAddressIsAlwaysRemoved(
      @ForAll("emails") String email, @ForAll("texts") String[] around) {
    assertRemoved(email, email, around);
  }

  @Property(tries = 300, seed = "20261206")
  void aMedicareBeneficiaryIdentifierIsAlwaysRemoved(
      @ForAll("mbis") String mbi, @ForAll("texts") String[] around) {
    assertRemoved(mbi, mbi, around);
  }

  @Property(tries = 500, seed = "20261206")
  void ticketNumbersVersionsAndErrorCodesAlwaysStay(
      @ForAll("kept") String kept, @ForAll("texts") String[] around) {
    String text = around[0] + " " + kept + " " + around[1];
    MinimumNecessary.Masking masking = FILTER.mask(text);
    assertThat(masking.text()).as("removed %s", masking.summary()).isEqualTo(text);
  }

  /** The identifier (within its written form) is gone, and the text around it stays. */
  private static void assertRemoved(String written, String value, String[] around) {
    String prefix = around[0] + " " + around[2];
    String text = prefix + written + around[3] + " " + around[1];
    MinimumNecessary.Masking masking = FILTER.mask(text);
    int start = prefix.length() + written.indexOf(value);
    int end = start + value.length();
    int at = start;
    for (MinimumNecessary.Removal r : masking.removals()) {
      if (r.start() <= at && r.end() > at) {
        at = r.end();
      }
    }
    assertThat(at).as("'%s' left in: %s", value, masking.text()).isGreaterThanOrEqualTo(end);
    assertThat(masking.text()).doesNotContain(value);
  }

  @Provide
  Arbitrary<String[]> texts() {
    Arbitrary<String> words =
        Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(8).map(w -> String.join(" ", w));
    return Combinators.combine(words, words, Arbitraries.of(BEFORE), Arbitraries.of(AFTER))
        .as((a, b, before, after) -> new String[] {a, b, before, after});
  }

  @Provide
  Arbitrary<String> ssns() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 899).filter(n -> n != 666),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 9999))
        .as((a, b, c) -> String.format("%03d-%02d-%04d", a, b, c));
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<Integer> area = Arbitraries.integers().between(201, 989);
    Arbitrary<Integer> exchange = Arbitraries.integers().between(200, 999);
    Arbitrary<Integer> line = Arbitraries.integers().between(0, 9999);
    Arbitrary<Integer> shape = Arbitraries.integers().between(0, 4);
    return Combinators.combine(area, exchange, line, shape)
        .as(
            (a, e, l, s) ->
                switch (s) {
                  case 0 -> String.format("(%d) %d-%04d", a, e, l);
                  case 1 -> String.format("%d-%d-%04d", a, e, l);
                  case 2 -> String.format("%d.%d.%04d", a, e, l);
                  case 3 -> String.format("+1 %d %d %04d", a, e, l);
                  default -> String.format("1-%d-%d-%04d", a, e, l);
                });
  }

  @Provide
  Arbitrary<String> births() {
    List<DateTimeFormatter> formats =
        List.of(
            DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yy", Locale.US),
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US),
            DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.US),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US),
            DateTimeFormatter.ofPattern("MM.dd.yyyy", Locale.US));
    return Combinators.combine(
            Arbitraries.integers().between(0, 100 * 365), Arbitraries.of(formats))
        .as((days, format) -> LocalDate.of(1920, 1, 1).plusDays(days).format(format));
  }

  @Provide
  Arbitrary<String> mrns() {
    Arbitrary<String> label = Arbitraries.of("MRN ", "MRN: ", "MRN#", "MRN# ", "mrn ", "MR# ");
    Arbitrary<String> value =
        Combinators.combine(
                Arbitraries.of("", "", "E", "RH"),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(10))
            .as(String::concat);
    return Combinators.combine(label, value).as((l, v) -> l + "|" + v);
  }

  @Provide
  Arbitrary<String> ips() {
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    return Combinators.combine(Arbitraries.integers().between(1, 223), octet, octet, octet)
        .as((a, b, c, d) -> a + "." + b + "." + c + "." + d)
        .filter(MinimumNecessaryPropertiesTest::isPublic);
  }

  private static boolean isPublic(String ip) {
    String[] o = ip.split("\\.");
    int a = Integer.parseInt(o[0]);
    int b = Integer.parseInt(o[1]);
    return a != 10
        && a != 127
        && !(a == 172 && b >= 16 && b <= 31)
        && !(a == 192 && b == 168)
        && !(a == 169 && b == 254)
        && !(a == 100 && b >= 64 && b <= 127);
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789._-")
            .ofMinLength(1)
            .ofMaxLength(16)
            .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<String> domain =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12);
    Arbitrary<String> tld = Arbitraries.of("com", "org", "net", "edu", "us", "co.uk");
    return Combinators.combine(local, domain, tld).as((l, d, t) -> l + "@" + d + "." + t);
  }

  @Provide
  Arbitrary<String> mbis() {
    String letters = "ACDEFGHJKMNPQRTUVWXY";
    String alnum = letters + "0123456789";
    Arbitrary<Character> n = Arbitraries.chars().range('0', '9');
    Arbitrary<Character> a = Arbitraries.of(letters.chars().mapToObj(c -> (char) c).toList());
    Arbitrary<Character> an = Arbitraries.of(alnum.chars().mapToObj(c -> (char) c).toList());
    Arbitrary<String> first =
        Combinators.combine(Arbitraries.chars().range('1', '9'), a, an, n)
            .as((c1, c2, c3, c4) -> "" + c1 + c2 + c3 + c4);
    Arbitrary<String> second = Combinators.combine(a, an, n).as((c1, c2, c3) -> "" + c1 + c2 + c3);
    Arbitrary<String> third =
        Combinators.combine(a, a, n, n).as((c1, c2, c3, c4) -> "" + c1 + c2 + c3 + c4);
    return Combinators.combine(first, second, third, Arbitraries.of("", "-"))
        .as((f, s, t, dash) -> f + dash + s + dash + t);
  }

  @Provide
  Arbitrary<String> kept() {
    Arbitrary<String> digits6 = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> tickets =
        Combinators.combine(Arbitraries.of("INC-", "REQ-"), digits6).as(String::concat);
    Arbitrary<String> snow =
        Combinators.combine(
                Arbitraries.of("INC", "RITM", "CHG", "TASK"),
                Arbitraries.strings().numeric().ofLength(7))
            .as(String::concat);
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
    Arbitrary<String> versions =
        Combinators.combine(Arbitraries.of("", "v", "Epic ", "version "), small, small, small)
            .as((p, a, b, c) -> p + a + "." + b + "." + c);
    Arbitrary<String> hex =
        Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(8).map(h -> "0x" + h);
    Arbitrary<String> codes =
        Combinators.combine(
                Arbitraries.of("error ", "Error code ", "ORA-", "HTTP ", "event ID ", "exit code "),
                Arbitraries.integers().between(100, 99999))
            .as((p, c) -> p + c);
    Arbitrary<String> apps =
        Arbitraries.of(
            "Epic Haiku",
            "Dragon Medical One",
            "Rover",
            "Willow",
            "Beaker",
            "Cadence",
            "Vocera",
            "Sunquest",
            "PowerChart",
            "Imprivata OneSign",
            "Citrix Workspace");
    return Arbitraries.oneOf(tickets, snow, versions, hex, codes, apps);
  }
}
