package org.medley.identity;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The minimum-necessary filter for text that leaves the hospital's own people: a partner without a
 * business associate agreement, a vendor escalation, an e-mail notice, an export. It removes the
 * HIPAA identifiers that turn up in ticket text ({@link PhiKind}) and keeps what the reader needs
 * to work the ticket: application names (even "Rover" or "Willow"), versions, error codes, ticket
 * numbers, a hospital device's private IP address, and dates that are not a patient's (an outage's
 * date and time stay). It errs on the side of masking: a long unexplained number is masked too.
 *
 * <p>Pure and thread-safe: regular expressions and small dictionaries ({@link PhiVocabulary}), no
 * I/O. Each finder reports spans of the original text; overlapping spans merge, so nothing one
 * finder saw is left half-visible by another. The redaction corpus ({@code
 * src/test/resources/phi/corpus.txt}) is its specification: recall 100 % on every kind, precision
 * reported with every false removal listed.
 */
public final class MinimumNecessary {

  /** One removed identifier: its kind and where it stood in the original text. */
  public record Removal(PhiKind kind, int start, int end) {}

  /**
   * Masked text and what was removed from it. {@link #summary()} is what may be logged: counts per
   * kind, never a value.
   */
  public record Masking(String text, Map<PhiKind, Integer> counts, List<Removal> removals) {

    static Masking untouched(String text) {
      return new Masking(text, Map.of(), List.of());
    }

    /** How many identifiers were removed in all. */
    public int removed() {
      return removals.size();
    }

    /** The counts as {@code MRN=1 NAME=2} in {@link PhiKind} order, or {@code none}. */
    public String summary() {
      return summary(counts);
    }

    /** The counts of several texts of one payload added up. */
    public static Map<PhiKind, Integer> sum(Collection<Masking> maskings) {
      Map<PhiKind, Integer> total = new EnumMap<>(PhiKind.class);
      maskings.forEach(m -> m.counts().forEach((k, n) -> total.merge(k, n, Integer::sum)));
      return total;
    }

    /** Counts as {@code MRN=1 NAME=2} in {@link PhiKind} order, or {@code none}. */
    public static String summary(Map<PhiKind, Integer> counts) {
      if (counts.isEmpty()) {
        return "none";
      }
      return new EnumMap<>(counts)
          .entrySet().stream()
              .map(e -> e.getKey().name() + "=" + e.getValue())
              .collect(Collectors.joining(" "));
    }
  }

  /** Whether a match of a shape is the identifier after all, judged with the text around it. */
  private interface Judge {
    boolean test(String text, Matcher match);
  }

  /** Finds spans of one kind of identifier in a text. */
  private interface Finder {
    void find(String text, String lower, List<Removal> found);
  }

  /**
   * A shape whose group {@code v} (or the whole match) is the identifier, kept when {@code accept}
   * says the match is not one after all.
   */
  private record Shape(PhiKind kind, Pattern pattern, Judge accept, List<String> hints)
      implements Finder {

    Shape(PhiKind kind, String regex) {
      this(kind, Pattern.compile(regex), (text, m) -> true, List.of());
    }

    Shape(PhiKind kind, String regex, Judge accept) {
      this(kind, Pattern.compile(regex), accept, List.of());
    }

    /**
     * A shape that cannot match unless the lower-cased text holds one of {@code hints}: checking
     * them first spares most texts the regular expression (a cue word such as "serial").
     */
    Shape(PhiKind kind, String regex, String... hints) {
      this(kind, Pattern.compile(regex), (text, m) -> true, List.of(hints));
    }

    Shape(PhiKind kind, String regex, Judge accept, String... hints) {
      this(kind, Pattern.compile(regex), accept, List.of(hints));
    }

    @Override
    public void find(String text, String lower, List<Removal> found) {
      if (!hints.isEmpty() && hints.stream().noneMatch(lower::contains)) {
        return;
      }
      Matcher m = pattern.matcher(text);
      boolean valueGroup = pattern.pattern().contains("(?<v>");
      while (m.find()) {
        if (accept.test(text, m)) {
          int start = valueGroup ? m.start("v") : m.start();
          int end = valueGroup ? m.end("v") : m.end();
          if (end > start) {
            found.add(new Removal(kind, start, end));
          }
        }
      }
    }
  }

  // ---- the shapes ----

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  /** A full date in the forms people type: 3/14/57, 1957-03-14, 14-Mar-1957, March 14th, 1957. */
  private static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
          + "|\\d{1,2}(?:st|nd|rd|th)?[\\s-]+"
          + MONTH
          + "\\.?[\\s,-]+\\d{2,4}|"
          + MONTH
          + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

  /** A date without a year, as a visit is often written: 12/3, Dec 3. */
  private static final String DAY =
      "(?:\\d{1,2}/\\d{1,2}(?![/\\d])|" + MONTH + "\\.?\\s+\\d{1,2}\\b)";

  /** Full dates before this year are birth dates or old visits, never this week's outage. */
  private static final int RECENT = Year.now().getValue() - 2;

  /** Words allowed between a label and its value: "member number was keyed wrong: …". */
  private static final String FILLER =
      "(?:[ \\t]+(?:on|in|is|was|file|of|the|reads|shows|entered|as|keyed|wrong|listed|given|card"
          + "|number|no|at|line)\\b[:.]?){0,4}";

  private static final String NAME_TOKEN = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?";

  private static final String IDENTIFIER_LABEL =
      "(?:MRN|MR#|DOB|D\\.O\\.B|SSN|FIN|CSN|HAR|EPI|[Aa]cct|[Dd]ate of birth)\\b";

  private static final Pattern STAFF_BEFORE =
      Pattern.compile(
          "(?i)(?:dr|doctor|nurse|rn|np|pa|md|do|analyst|tech|technician|pharmacist|manager"
              + "|director|supervisor|coordinator|educator|resident|intern|fellow|attending"
              + "|surgeon|hospitalist|radiologist|pathologist|therapist|cno|cio|cmo|ceo|staff"
              + "|employee|user|agent)\\.?\\s*$");

  private static final Pattern VERSION_BEFORE =
      Pattern.compile("(?i)(?:version|ver\\.?|v|build|release|rel|patch|firmware|fw)\\s*$");

  private static final Pattern KEPT_NUMBER_BEFORE =
      Pattern.compile(
          "(?i)(?:error|err|code|event|event\\s*id|build|version|ver|kb|port|case|sherlock|slg"
              + "|ticket|incident|inc|ref|reference|change|chg|prb|problem|task|po|invoice"
              + "|hresult|exit|status|ext|extension|x)\\s*[:#=]?\\s*(?:no\\.?|number|#)?\\s*$");

  private static final Pattern PATIENT_URL =
      Pattern.compile(
          "(?i)(?:[?&;/](?:mrn|patient|patientid|patient_id|pat|patid|pat_id|pt|ptid|pid|csn"
              + "|fin|har|encounter|encounterid|enc|encid|dob|ssn|mbi|member|memberid|accession"
              + "|name|lastname|firstname|fname|lname|email|person|personid)(?:=|/)[^&;#\\s]*\\w"
              + "|=[\\d.]{6,}|@)");

  /** Ticket numbers, vendor log numbers, hex error codes: never an identifier. */
  private static final Pattern KEPT =
      Pattern.compile(
          "(?i)\\b(?:(?:INC|REQ|RITM|CHG|PRB|TASK|SCTASK|SR|SLG|KB)-?\\d{3,}"
              + "|0x[0-9a-f]+|CVE-\\d{4}-\\d+|ORA-\\d+)\\b");

  private static final List<Finder> SHAPES =
      List.of(
          new Shape(
              PhiKind.URL,
              "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'\\[\\]]*[^\\s<>\"'\\[\\].,;:!?)]",
              (text, m) -> PATIENT_URL.matcher(m.group()).find(),
              "http",
              "www."),
          new Shape(
              PhiKind.EMAIL,
              "(?<![\\w.%+-])[\\w.%+-]+(?:@|\\s?\\(at\\)\\s?|\\s?\\[at\\]\\s?)[\\w-]+"
                  + "(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}\\b",
              "@",
              "(at)",
              "[at]"),
          new Shape(
              PhiKind.MRN,
              "(?i)(?<![\\p{L}])(?:MRN|MR\\s?#|MR\\s+No\\.?|med(?:ical)?\\s*rec(?:ord)?"
                  + "(?:\\s*(?:number|num|no\\.?|#))?|E?MPI|EPI(?:\\s*(?:id|#))?"
                  + "|chart\\s*(?:#|number|no\\.?)|patient\\s*(?:id|#|number|no\\.?)"
                  + "|pt\\.?\\s*(?:id|#)|PID)s?(?![\\p{L}])\\s*[:#=]?\\s*(?:is\\s+|of\\s+)?[:#]?\\s*"
                  + "(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,}(?![\\w])",
              "mr",
              "med",
              "mpi",
              "epi",
              "chart",
              "patient",
              "pt",
              "pid"),
          new Shape(
              PhiKind.SSN,
              "(?i)(?<![\\p{L}])(?:SSN|SS#|SS\\s*no\\.?|social(?:\\s+security)?"
                  + "(?:\\s*(?:number|no\\.?|#))?)\\s*[:#=(-]?\\s*(?:ending\\s+in\\s+|last\\s*"
                  + "(?:4|four)\\s*(?:digits\\s*)?(?:of\\s*)?[:#-]?\\s*)?"
                  + "(?<v>\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4}|\\d{4})(?![\\w-])",
              "ss",
              "social"),
          new Shape(
              PhiKind.SSN,
              "(?i)(?:last\\s*(?:4|four)(?:\\s*digits)?\\s*(?:of\\s*)?(?:the\\s*)?(?:SSN|social)"
                  + "\\s*(?:is|[:#=-])?\\s*)(?<v>\\d{4})(?![\\w-])",
              "last"),
          new Shape(PhiKind.SSN, "(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])"),
          new Shape(
              PhiKind.MEDICARE,
              "(?i)(?<![\\w-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y]"
                  + "[AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y]{2}\\d{2}(?![\\w-])",
              (text, m) -> m.group().chars().anyMatch(Character::isUpperCase)),
          new Shape(
              PhiKind.MEDICARE,
              "(?i)(?<![\\p{L}])(?:medicare(?:\\s*(?:beneficiary)?\\s*(?:id|identifier|#|number"
                  + "|no\\.?|card))?|MBI|HICN)"
                  + FILLER
                  + "\\s*[:#=-]?\\s*(?:is\\s+)?"
                  + "(?<v>(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{6,})(?![\\w-])",
              "medicare",
              "mbi",
              "hicn"),
          new Shape(
              PhiKind.HEALTH_PLAN,
              "(?i)(?<![\\p{L}])(?:member|subscriber|policy|insurance|plan|group|medicaid"
                  + "|insurance\\s+card)\\s*(?:id|#|number|num|no\\.?)?"
                  + FILLER
                  + "\\s*[:#=-]?\\s*(?:is\\s+)?"
                  + "(?<v>(?=[A-Z0-9-]*\\d)[A-Z]{0,4}\\d[A-Z0-9-]{3,}[A-Z0-9])(?![\\w-])",
              "member",
              "subscriber",
              "policy",
              "insurance",
              "plan",
              "group",
              "medicaid"),
          new Shape(
              PhiKind.ACCOUNT,
              "(?i)(?<![\\p{L}])(?:account|acct|acc|HAR|FIN|CSN|encounter|enc|visit|guarantor"
                  + "|claim|billing)\\s*(?:number|num|no\\.?|#|id)?"
                  + FILLER
                  + "\\s*[:#=]?\\s*"
                  + "(?<v>[A-Z]{0,3}\\d[\\d-]{4,}\\d)(?![\\w-])",
              "acc",
              "har",
              "fin",
              "csn",
              "enc",
              "visit",
              "guarantor",
              "claim",
              "billing"),
          new Shape(
              PhiKind.DEVICE_SERIAL,
              "(?i)(?<![\\p{L}])(?:serial(?:\\s*(?:number|num|no\\.?|#))?|s/n|sn|udi|imei)"
                  + FILLER
                  + "\\s*[:#=-]?\\s*(?:is\\s+)?(?<v>(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,})"
                  + "(?![\\w-])",
              "serial",
              "s/n",
              "sn",
              "udi",
              "imei"),
          new Shape(
              PhiKind.DATE_OF_BIRTH,
              "(?i)(?<![\\p{L}])(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|birthday"
                  + "|b-?day|born(?:\\s+on)?)\\s*(?:[:#=-]|\\bis\\b|\\bof\\b|\\bwas\\b)?\\s*"
                  + "(?:"
                  + DATE
                  + "|\\d{8})(?!\\d)",
              "dob",
              "d.o.b",
              "birth",
              "bday",
              "b-day",
              "born"),
          new Shape(
              PhiKind.DATE_OF_BIRTH,
              "(?i)(?<![\\w/.-])(?<v>\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}"
                  + "-\\d{1,2}|\\d{1,2}[\\s-]+"
                  + MONTH
                  + "\\.?[\\s,-]+\\d{4}|"
                  + MONTH
                  + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?![\\w/-]|\\.\\d)",
              (text, m) -> yearOf(m.group("v")) < RECENT),
          new Shape(
              PhiKind.PATIENT_DATE,
              "(?i)(?<![\\p{L}])(?:admi(?:t|tted|ssions?)|discharg(?:ed|e)|DOS|date\\s+of\\s+service"
                  + "|seen|visit(?:ed)?|appt|appointment|surgery|deceased|expired|died"
                  + "|passed\\s+away|delivered|sent)(?:[^\\S\\n]*[:#-]?[^\\S\\n]*"
                  + "(?:[^\\s/]+[^\\S\\n]+){0,6}?)(?<v>"
                  + DATE
                  + "|"
                  + DAY
                  + ")(?![\\w/])",
              "admi",
              "discharg",
              "dos",
              "date of service",
              "seen",
              "visit",
              "appt",
              "appointment",
              "surgery",
              "deceased",
              "expired",
              "died",
              "passed",
              "delivered",
              "sent"),
          new Shape(
              PhiKind.AGE,
              "(?i)(?<![\\p{L}])(?:age[ds]?|aged)\\s*[:=]?\\s*(?<v>9\\d|1[0-2]\\d)(?!\\d)",
              "age"),
          new Shape(
              PhiKind.AGE,
              "(?i)(?<![\\w.])(?<v>9\\d|1[0-2]\\d)\\s*-?\\s*(?:y/?o|y\\.o\\.|yrs?\\.?|years?)"
                  + "(?![\\p{L}])"),
          new Shape(PhiKind.AGE, "(?<![\\w.])(?<v>9\\d|1[0-2]\\d)\\s?[MF](?![\\w])"),
          new Shape(
              PhiKind.AGE,
              "(?i)(?<![\\p{L}])(?:she|he|patient|pt|who)\\s+(?:is|was|turned|turns)\\s+"
                  + "(?<v>9\\d|1[0-2]\\d)(?![\\d%])"),
          new Shape(
              PhiKind.PHONE,
              "(?<![\\w/.+-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)[\\s.-]?|\\d{3}[\\s.-])\\d{3}"
                  + "[\\s.-]\\d{4}(?![\\w-]|\\.\\d)"),
          new Shape(PhiKind.PHONE, "(?<![\\w])\\+\\d{1,3}(?:[\\s.-]?\\d{2,4}){2,4}(?![\\w-])"),
          new Shape(
              PhiKind.PHONE,
              "(?i)(?<![\\p{L}])(?:phone|ph|tel|telephone|cell|mobile|mob|fax|pager|call"
                  + "(?:\\s+back)?(?:\\s+(?:at|on))?|callback|cb|reach(?:ed)?\\s+at|contact)"
                  + FILLER
                  + "\\s*[:#=.-]?\\s*(?<v>\\+?1?\\d{10}|\\d{3}[-.]\\d{4})(?![\\w-])",
              "ph",
              "tel",
              "cell",
              "mob",
              "fax",
              "pager",
              "call",
              "cb",
              "reach",
              "contact"),
          new Shape(
              PhiKind.ADDRESS,
              "(?<![\\w-])\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:(?:\\p{Lu}[\\p{L}'.-]*|\\d+(?:st|nd"
                  + "|rd|th))\\s+){1,3}(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln"
                  + "|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy"
                  + "|highway|hwy|route|rte|trail|trl)\\b\\.?(?:\\s*,?\\s*(?i:apt|apartment|unit"
                  + "|suite|ste|#)\\s*\\.?\\s*[\\w-]+)?(?:\\s*,\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}"
                  + "\\p{L}+)?)?(?:\\s*,?\\s*[A-Z]{2})?(?:\\s+\\d{5}(?:-\\d{4})?)?"),
          new Shape(
              PhiKind.ADDRESS,
              "(?i)(?<![\\p{L}])(?:address|addr|lives\\s+at|living\\s+at|resides\\s+at|home\\s+at"
                  + "|mail(?:ed)?\\s+to|ship\\s+to)\\s*[:=-]?\\s*(?<v>\\d{1,6}\\s+(?:[\\p{L}0-9.'-]+"
                  + "\\s+){0,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr"
                  + "|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy"
                  + "|route|rte|trail|trl)\\b\\.?(?:\\s*,?\\s*(?:apt|apartment|unit|suite|ste|#)"
                  + "\\s*\\.?\\s*[\\w-]+)?(?:\\s*,\\s*\\p{L}+(?:\\s+\\p{L}+)?)?(?:\\s*,?\\s*"
                  + "[A-Z]{2})?(?:\\s+\\d{5}(?:-\\d{4})?)?)",
              "addr",
              "lives",
              "living",
              "resides",
              "home",
              "mail",
              "ship"),
          new Shape(PhiKind.ADDRESS, "(?i)(?<![\\p{L}])P\\.?\\s?O\\.?\\s*Box\\s+\\d+", "box"),
          new Shape(
              PhiKind.ADDRESS,
              "(?<![\\w-])\\d{1,6}\\s+(?:Via|Rue|Calle|Avenida|Av\\.|Rua|Strasse|Straße|Viale"
                  + "|Corso|Piazza|Chemin|Camino)\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s?){1,3}",
              "via",
              "rue",
              "calle",
              "av",
              "rua",
              "stra",
              "viale",
              "corso",
              "piazza",
              "chemin",
              "camino"),
          new Shape(
              PhiKind.ADDRESS,
              "(?i)(?<![\\p{L}])(?:city|town)\\W+(?:\\p{L}+\\W+){0,3}?(?<v>\\d{5}(?:-\\d{4})?)"
                  + "(?!\\d)",
              "city",
              "town"),
          new Shape(
              PhiKind.ADDRESS,
              "(?i)(?<![\\p{L}])zip(?:\\s*code)?\\s*[:#=]?\\s*(?<v>\\d{5}(?:-\\d{4})?)(?!\\d)",
              "zip"),
          new Shape(
              PhiKind.IP_ADDRESS,
              "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w]|\\.\\d)",
              MinimumNecessary::publicAddress),
          new Shape(
              PhiKind.OTHER_NUMBER,
              "(?i)(?<![\\p{L}])(?:accession|acc\\s?#|specimen|spec|order|requisition|rx"
                  + "|prescription|lab\\s*(?:id|#))\\s*(?:number|num|no\\.?|#|id)?\\s*[:#=]?\\s*"
                  + "(?<v>[A-Z]{0,3}\\d[\\w-]{4,})(?![\\w-])",
              "acc",
              "spec",
              "order",
              "requisition",
              "rx",
              "prescription",
              "lab"),
          new Shape(PhiKind.OTHER_NUMBER, "(?<![\\w-])[A-Z]{1,4}\\d{8,}(?![\\w-])"),
          new Shape(PhiKind.OTHER_NUMBER, "(?<![\\w.])\\d+(?:\\.\\d+){5,}(?![\\w.])"),
          new Shape(
              PhiKind.OTHER_NUMBER,
              "(?<![\\w.\\-/#:@])\\d{7,}(?![\\w-]|[.,/]\\d)",
              (text, m) -> !keptNumber(text, m)),
          new PatientNames(),
          // A name searched for or typed in quotes: searched "Whitfeld", dictated as "Mirales".
          new Shape(
              PhiKind.NAME,
              "(?i:search(?:ed|ing)?(?:\\s+for)?|looked\\s+up|look\\s+up|spelled|typed\\s+as"
                  + "|dictated\\s+as|entered\\s+as|shows\\s+as)\\s*[:]?\\s*[\"“']"
                  + "(?<v>\\p{Lu}[\\p{L}'’-]+(?:[ ,]+\\p{Lu}[\\p{L}'’-]+){0,2})[\"”']",
              (text, m) -> namesOnly(m.group("v")),
              "search",
              "look",
              "spelled",
              "typed",
              "dictated",
              "entered",
              "shows as"),
          // Epic's "SMITH, JOHN A" or "Moore, Abby": a surname, a comma, a known first name.
          new Shape(
              PhiKind.NAME,
              "(?<![\\p{L}])(?<v>\\p{Lu}[\\p{L}'’-]+\\s*,\\s*(?<first>\\p{Lu}[\\p{L}'’-]+)"
                  + "(?:\\s+\\p{Lu}\\b\\.?)?)",
              (text, m) ->
                  PhiVocabulary.FIRST_NAMES.contains(m.group("first").toLowerCase(Locale.ROOT))
                      && namesOnly(m.group("v"))),
          // A known first name and a surname, unless a staff title goes before ("Dr. Amy Lin").
          new Shape(
              PhiKind.NAME,
              "(?<![\\p{L}])(?<v>(?<first>\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s*)?"
                  + "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)(?!['’]?[\\p{L}])",
              (text, m) ->
                  PhiVocabulary.FIRST_NAMES.contains(m.group("first").toLowerCase(Locale.ROOT))
                      && !PhiVocabulary.APPLICATIONS.contains(
                          m.group("first").toLowerCase(Locale.ROOT))
                      && namesOnly(m.group("v").substring(m.group("first").length()))
                      && !STAFF_BEFORE.matcher(before(text, m.start(), 24)).find()),
          new Shape(
              PhiKind.NAME,
              "(?<![\\p{L}])(?<v>"
                  + NAME_TOKEN
                  + "(?:\\s*,\\s*|\\s+(?:\\p{Lu}\\.?\\s+)?)"
                  + NAME_TOKEN
                  + "(?:\\s+\\p{Lu}\\.?)?)\\s*[,(\\[/-]?\\s*(?="
                  + IDENTIFIER_LABEL
                  + ")",
              (text, m) -> namesOnly(m.group("v"))));

  private final Pattern names;
  private final java.util.Set<String> listedWords;

  /** A filter that also masks each of the given names (whole words, any case). */
  public MinimumNecessary(Collection<String> listedNames) {
    this.listedWords =
        listedNames.stream()
            .flatMap(name -> Pattern.compile("[^\\p{L}\\p{N}]+").splitAsStream(name))
            .filter(word -> !word.isEmpty())
            .map(word -> word.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    String alternatives =
        listedNames.stream()
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .sorted((a, b) -> b.length() - a.length())
            .map(name -> Pattern.quote(name.toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"));
    this.names =
        alternatives.isEmpty()
            ? null
            : Pattern.compile("(?iu)(?<!\\w)(?:" + alternatives + ")(?!\\w)", Pattern.UNICODE_CASE);
  }

  /**
   * Whether a word is part of a name the hospital lists ("roe" of "Jane Roe"): a search for it by a
   * reader of masked text must find nothing, even in a copy masked before the name was listed.
   */
  public boolean listsWord(String word) {
    return listedWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The text with everything that identifies a patient masked; null stays null. */
  public String apply(String text) {
    return text == null ? null : mask(text).text();
  }

  /** The masked text with what was removed from it, per kind. */
  public Masking mask(String text) {
    if (text == null || text.isEmpty()) {
      return Masking.untouched(text);
    }
    List<Removal> found = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Finder finder : SHAPES) {
      finder.find(text, lower, found);
    }
    if (names != null) {
      Matcher m = names.matcher(text);
      while (m.find()) {
        found.add(new Removal(PhiKind.NAME, m.start(), m.end()));
      }
    }
    if (found.isEmpty()) {
      return Masking.untouched(text);
    }
    repeatNames(text, found);
    List<int[]> kept = new ArrayList<>();
    Matcher k = KEPT.matcher(text);
    while (k.find()) {
      kept.add(new int[] {k.start(), k.end()});
    }
    found.removeIf(r -> kept.stream().anyMatch(s -> s[0] <= r.start() && r.end() <= s[1]));
    found.sort(
        Comparator.comparingInt(Removal::start)
            .thenComparing(Comparator.comparingInt(Removal::end).reversed()));
    List<Removal> merged = new ArrayList<>();
    for (Removal r : found) {
      Removal last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r.start() < last.end()) {
        if (r.end() > last.end()) {
          merged.set(merged.size() - 1, new Removal(last.kind(), last.start(), r.end()));
        }
      } else {
        merged.add(r);
      }
    }
    StringBuilder masked = new StringBuilder(text.length());
    Map<PhiKind, Integer> counts = new EnumMap<>(PhiKind.class);
    int at = 0;
    for (Removal r : merged) {
      masked.append(text, at, r.start()).append(r.kind().placeholder());
      counts.merge(r.kind(), 1, Integer::sum);
      at = r.end();
    }
    masked.append(text, at, text.length());
    return new Masking(
        masked.toString(),
        Collections.unmodifiableMap(counts),
        Collections.unmodifiableList(merged));
  }

  /** A name found once is masked wherever else it stands: "once as Tyrone Jenkins Jr.". */
  private static void repeatNames(String text, List<Removal> found) {
    List<String> seen =
        found.stream()
            .filter(r -> r.kind() == PhiKind.NAME)
            .map(r -> text.substring(r.start(), r.end()))
            .distinct()
            .toList();
    for (String name : seen) {
      Matcher again =
          Pattern.compile(
                  "(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      while (again.find()) {
        found.add(new Removal(PhiKind.NAME, again.start(), again.end()));
      }
    }
  }

  // ---- judgements the shapes need ----

  private static int yearOf(String date) {
    Matcher year = Pattern.compile("(?<!\\d)(\\d{4}|\\d{2})(?!\\d)").matcher(date);
    String last = null;
    String first = null;
    while (year.find()) {
      if (first == null) {
        first = year.group(1);
      }
      last = year.group(1);
    }
    String y = first != null && first.length() == 4 ? first : last;
    if (y == null) {
      return Integer.MAX_VALUE;
    }
    int value = Integer.parseInt(y);
    if (y.length() == 2) {
      int century = Year.now().getValue() / 100 * 100;
      value += value > Year.now().getValue() % 100 ? century - 100 : century;
    }
    return value;
  }

  private static boolean publicAddress(String text, Matcher m) {
    String[] parts = m.group().split("\\.");
    int[] o = new int[4];
    for (int i = 0; i < 4; i++) {
      o[i] = Integer.parseInt(parts[i]);
      if (o[i] > 255 || (parts[i].length() > 1 && parts[i].startsWith("0"))) {
        return false;
      }
    }
    String before = before(text, m.start(), 16);
    if (VERSION_BEFORE.matcher(before).find()) {
      return false;
    }
    boolean internal =
        o[0] == 10
            || o[0] == 127
            || o[0] == 0
            || o[0] >= 224
            || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
            || (o[0] == 192 && o[1] == 168)
            || (o[0] == 169 && o[1] == 254)
            || (o[0] == 100 && o[1] >= 64 && o[1] <= 127);
    return !internal;
  }

  private static boolean keptNumber(String text, Matcher m) {
    return KEPT_NUMBER_BEFORE.matcher(before(text, m.start(), 24)).find();
  }

  /** Up to {@code length} characters before {@code at}, on the same line. */
  private static String before(String text, int at, int length) {
    String before = text.substring(Math.max(0, at - length), at);
    int newline = before.lastIndexOf('\n');
    return newline < 0 ? before : before.substring(newline + 1);
  }

  /** Whether every word of a run is a name, not a common word or an application's name. */
  private static boolean namesOnly(String run) {
    for (String token : run.split("[\\s,]+")) {
      String word = PatientNames.word(token);
      if (word.length() > 1
          && (PhiVocabulary.NOT_NAMES.contains(word)
              || PhiVocabulary.APPLICATIONS.contains(word))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name introduced as a patient's: after "patient", "pt." (weak cues: an application's name
   * alone there is the application, "patient Rover scans") or after "Mrs.", "baby girl" (strong
   * cues). A name run is one to four words in capitals ("Maria Q. Alvarez", "SMITH, JOHN A"), or a
   * common first name in lower case and the word after it ("pt john smith"); it stops at a common
   * word, so "Mrs. Alvarez in bed 4" keeps "in bed 4".
   */
  private static final class PatientNames implements Finder {

    private static final String PATIENT =
        "(?i:patient(?:'s|s'|s)?|pateint|patinet|paitent|ptient|pt'?s|pts?\\.?)";

    private static final Pattern CUE =
        Pattern.compile(
            "(?<![\\p{L}])(?:(?<weak>"
                + PATIENT
                + "|(?i:wife|husband|daughter|son|mother|father|mom|dad|caregiver|guardian|sister"
                + "|brother|baby(?!\\s+(?:boy|girl)\\b))"
                + "|(?i:(?:my|her|his|patient'?s?|pt'?s?)\\s+)?(?i:name)\\s*(?:is\\b|[:=])"
                + "|(?i:says|said)\\s+(?:she|he)\\s+is)|(?<strong>(?:Mrs?|Ms|Miss|Mx|MRS)\\.?"
                + "|(?i:baby\\s+(?:boy|girl)|newborn|guarantor)))(?![\\p{L}])");

    /** "the patient in the bed is Henry Robertson": the name comes after a short clause. */
    private static final Pattern CUE_IS =
        Pattern.compile(
            "(?<![\\p{L}])"
                + PATIENT
                + "(?![\\p{L}])[^.\\n]{0,24}?\\s(?i:is|was|named|called)(?![\\p{L}])");

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern CONNECTOR = Pattern.compile("[ \\t]*[:=#(–-]?[ \\t]*");
    private static final Pattern FILLER = Pattern.compile("(?i)(?:name|named|nm|is|called)\\b");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}(?:\\.|(?![\\p{L}'’.-]))");

    @Override
    public void find(String text, String lower, List<Removal> found) {
      Matcher cue = CUE.matcher(text);
      while (cue.find()) {
        name(text, cue.end(), cue.group("strong") != null, found);
      }
      Matcher is = CUE_IS.matcher(text);
      while (is.find()) {
        name(text, is.end(), false, found);
      }
    }

    private static void name(String text, int cueEnd, boolean strong, List<Removal> found) {
      int at = skipFillers(text, cueEnd);
      int end = run(text, at, strong);
      if (end > at) {
        found.add(new Removal(PhiKind.NAME, at, end));
      }
    }

    private static int skipFillers(String text, int at) {
      for (int i = 0; i < 3; i++) {
        Matcher c = CONNECTOR.matcher(text).region(at, text.length());
        if (c.lookingAt()) {
          at = c.end();
        }
        Matcher f = FILLER.matcher(text).region(at, text.length());
        if (!f.lookingAt()) {
          break;
        }
        at = f.end();
      }
      return at;
    }

    /** Where the name run starting at {@code at} ends, or {@code at} when there is none. */
    private static int run(String text, int at, boolean strong) {
      Matcher first = TOKEN.matcher(text).region(at, text.length());
      if (!first.lookingAt()) {
        return at;
      }
      String token = first.group();
      String w = word(token);
      if (w.length() < 2 || PhiVocabulary.NOT_NAMES.contains(w)) {
        return at;
      }
      boolean lowerCase = Character.isLowerCase(token.charAt(0));
      boolean application = PhiVocabulary.APPLICATIONS.contains(w) && !strong;
      if (lowerCase && (application || !PhiVocabulary.FIRST_NAMES.contains(w))) {
        return at;
      }
      int end = at + stem(token).length();
      if (!stem(token).equals(token)) {
        return application ? at : end; // a possessive ends the run: "Smith's chart"
      }
      int last = end;
      for (int words = 0; words < 3; words++) {
        int after = next(text, last, words == 0, lowerCase);
        if (after == last) {
          break;
        }
        last = after;
      }
      return application && last == end ? at : last; // "patient Rover" alone is the application
    }

    /** The end of the one name word (or initial) following {@code end}, or {@code end}. */
    private static int next(String text, int end, boolean commaAllowed, boolean lowerCase) {
      Matcher gap = SPACES.matcher(text).region(end, text.length());
      Matcher comma = COMMA.matcher(text).region(end, text.length());
      int at;
      if (commaAllowed && comma.lookingAt()) {
        at = comma.end();
      } else if (gap.lookingAt()) {
        at = gap.end();
      } else {
        return end;
      }
      Matcher initial = INITIAL.matcher(text).region(at, text.length());
      boolean capitals =
          text.substring(start(text, end), end)
              .equals(text.substring(start(text, end), end).toUpperCase(Locale.ROOT));
      if (initial.lookingAt()
          && (capitals || !initial.group().equals("I") && !initial.group().equals("A"))) {
        return initial.end();
      }
      Matcher token = TOKEN.matcher(text).region(at, text.length());
      if (!token.lookingAt()) {
        return end;
      }
      String t = token.group();
      String w = word(t);
      boolean capital = Character.isUpperCase(t.charAt(0));
      if (w.length() < 2
          || PhiVocabulary.NOT_NAMES.contains(w)
          || PhiVocabulary.APPLICATIONS.contains(w)
          || !(capital || lowerCase)) {
        return end;
      }
      return token.start() + stem(t).length();
    }

    /** Where the word ending at {@code end} starts. */
    private static int start(String text, int end) {
      int start = end;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      return start;
    }

    /** A token without a possessive ending or trailing hyphen. */
    private static String stem(String token) {
      return token.replaceAll("(?:['’]s|['’-])+$", "");
    }

    /** A token as the dictionaries hold it. */
    static String word(String token) {
      return stem(token).replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
    }
  }
}
