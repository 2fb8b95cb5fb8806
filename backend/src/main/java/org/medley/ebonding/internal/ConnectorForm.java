package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medley.desk.TicketStatus;
import org.medley.ebonding.internal.ConnectorApi.AuthInput;
import org.medley.ebonding.internal.ConnectorApi.Input;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskConnection.Auth;
import org.medley.integrations.api.DeskKind;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * What makes a connector well formed, every flaw named by its field at once (400): a kind, a name
 * of 1–120 characters, an absolute http(s) base URL, the sign-in fields its auth type needs,
 * settings as at most {@value #MAX_ENTRIES} short names with bounded text (the delivery and poll
 * settings as ISO-8601 durations and a count), a status map whose meanings Medley knows. On a
 * change the stored secrets stand in for those left out, and the kind stays what it was.
 */
final class ConnectorForm {

  static final int MAX_NAME = 120;
  static final int MAX_URL = 500;
  static final int MAX_SECRET = 4000;
  static final int MAX_FIELD = 200;
  static final int MAX_ENTRIES = 50;
  static final int MAX_KEY = 60;
  static final int MAX_VALUE = 500;

  private static final Pattern KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]*$");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

  /** The inbound meanings a desk status can map to: the status changes among DeskChange kinds. */
  static final Set<DeskChange.Kind> INBOUND_MEANINGS =
      EnumSet.of(
          DeskChange.Kind.IN_PROGRESS,
          DeskChange.Kind.ON_HOLD,
          DeskChange.Kind.RESOLVED,
          DeskChange.Kind.CANCELLED,
          DeskChange.Kind.REJECTED);

  /** Delivery and polling settings with their bounds; the others are the protocol's own. */
  static final Duration MIN_RETRY = Duration.ofSeconds(1);

  static final Duration MAX_RETRY = Duration.ofDays(1);
  static final Duration MIN_POLL = Duration.ofSeconds(5);
  static final Duration MAX_POLL = Duration.ofHours(24);
  static final int MAX_ATTEMPTS = 100;

  /** What the connector stores now, for a change: its kind and decrypted secrets. */
  record Current(DeskKind kind, Auth auth, @Nullable String webhookSecret) {}

  /** A checked connector, secrets in the clear (the caller seals them). */
  record Draft(
      DeskKind kind,
      String name,
      URI baseUrl,
      Auth auth,
      Map<String, String> settings,
      DeskConnection.StatusMap statusMap,
      @Nullable String webhookSecret) {}

  private ConnectorForm() {}

  /**
   * The input checked and completed.
   *
   * @param current null when creating
   * @throws Refused 400 naming every field that is wrong
   */
  static Draft check(Input input, @Nullable Current current) {
    List<Problem.FieldError> errors = new ArrayList<>();
    DeskKind kind = input.kind();
    if (kind == null) {
      if (current == null) {
        errors.add(error("kind", "required: one of " + names(DeskKind.values())));
      } else {
        kind = current.kind();
      }
    } else if (current != null && kind != current.kind()) {
      errors.add(
          error(
              "kind",
              "cannot change from "
                  + current.kind()
                  + ": a connector speaks one protocol; add a new connector instead"));
    }
    String name = text(errors, "name", input.name(), MAX_NAME, true);
    boolean mailbox = kind == DeskKind.EMAIL;
    URI baseUrl = mailbox ? null : url(errors, "baseUrl", input.baseUrl(), true);
    Auth auth = auth(errors, input.auth(), current == null ? null : current.auth());
    Map<String, String> settings = new TreeMap<>(settings(errors, input.settings()));
    if (mailbox) {
      baseUrl = MailboxForm.check(errors, settings, auth, input.baseUrl());
    }
    DeskConnection.StatusMap statusMap = statusMap(errors, input.statusMap());
    String webhookSecret = current == null ? null : current.webhookSecret();
    if (input.webhookSecret() != null) {
      webhookSecret =
          input.webhookSecret().isEmpty()
              ? null
              : secret(errors, "webhookSecret", input.webhookSecret());
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new Draft(kind, name, baseUrl, auth, settings, statusMap, webhookSecret);
  }

  private static Auth auth(
      List<Problem.FieldError> errors, @Nullable AuthInput input, @Nullable Auth stored) {
    if (input == null || input.type() == null) {
      errors.add(error("auth.type", "required: one of " + names(Auth.Type.values())));
      return Auth.none();
    }
    Auth.Type type = input.type();
    // Secrets of the stored auth stand in only for the same type.
    Auth kept = stored != null && stored.type() == type ? stored : Auth.none();
    Set<String> used =
        switch (type) {
          case NONE -> Set.of();
          case TOKEN -> Set.of("token");
          case BASIC -> Set.of("username", "password");
          case OAUTH2_CLIENT -> Set.of("tokenUrl", "clientId", "clientSecret");
        };
    Map<String, String> given = new LinkedHashMap<>();
    given.put("token", input.token());
    given.put("username", input.username());
    given.put("password", input.password());
    given.put("clientId", input.clientId());
    given.put("clientSecret", input.clientSecret());
    given.put("tokenUrl", input.tokenUrl());
    given.forEach(
        (field, value) -> {
          if (!used.contains(field) && value != null && !value.isBlank()) {
            errors.add(error("auth." + field, "not used by " + type + " sign-in; leave it out"));
          }
        });
    return switch (type) {
      case NONE -> Auth.none();
      case TOKEN -> Auth.token(keptSecret(errors, "auth.token", input.token(), kept.token()));
      case BASIC ->
          Auth.basic(
              text(errors, "auth.username", input.username(), MAX_FIELD, true),
              keptSecret(errors, "auth.password", input.password(), kept.password()));
      case OAUTH2_CLIENT -> {
        URI tokenUrl = url(errors, "auth.tokenUrl", input.tokenUrl(), true);
        yield Auth.oauth2(
            tokenUrl == null ? null : tokenUrl.toString(),
            text(errors, "auth.clientId", input.clientId(), MAX_FIELD, true),
            keptSecret(errors, "auth.clientSecret", input.clientSecret(), kept.clientSecret()));
      }
    };
  }

  /** A secret given now, else the stored one; required either way. */
  private static String keptSecret(
      List<Problem.FieldError> errors,
      String field,
      @Nullable String given,
      @Nullable String kept) {
    if (given != null && !given.isBlank()) {
      return secret(errors, field, given);
    }
    if (kept == null) {
      errors.add(error(field, "required"));
    }
    return kept;
  }

  private static String secret(List<Problem.FieldError> errors, String field, String value) {
    if (value.length() > MAX_SECRET) {
      errors.add(error(field, "at most " + MAX_SECRET + " characters"));
    } else if (value.isBlank()) {
      errors.add(error(field, "must not be blank"));
    }
    return value;
  }

  private static Map<String, String> settings(
      List<Problem.FieldError> errors, @Nullable Map<String, String> input) {
    if (input == null) {
      return Map.of();
    }
    if (input.size() > MAX_ENTRIES) {
      errors.add(error("settings", "at most " + MAX_ENTRIES + " settings"));
      return Map.of();
    }
    Map<String, String> settings = new TreeMap<>();
    input.forEach(
        (key, value) -> {
          if (!key(errors, "settings", key)) {
            return;
          }
          String field = "settings." + key;
          if (value == null) {
            errors.add(error(field, "must be a string"));
            return;
          }
          String text = text(errors, field, value, MAX_VALUE, false);
          if (text == null || text.isEmpty()) {
            return;
          }
          switch (key) {
            case "retryInitial", "retryMax" -> duration(errors, field, text, MIN_RETRY, MAX_RETRY);
            case "pollInterval" -> duration(errors, field, text, MIN_POLL, MAX_POLL);
            case "maxAttempts" -> count(errors, field, text, MAX_ATTEMPTS);
            default -> {
              // the protocol's own setting: any short text
            }
          }
          settings.put(key, text);
        });
    Duration initial = parsedOr(settings.get("retryInitial"), null);
    Duration max = parsedOr(settings.get("retryMax"), null);
    if (initial != null && max != null && max.compareTo(initial) < 0) {
      errors.add(error("settings.retryMax", "must be at least retryInitial (" + initial + ")"));
    }
    return settings;
  }

  private static DeskConnection.StatusMap statusMap(
      List<Problem.FieldError> errors, @Nullable ConnectorApi.StatusMapInput input) {
    if (input == null) {
      return DeskConnection.StatusMap.DEFAULTS;
    }
    Map<String, String> inbound = new TreeMap<>();
    Map<String, String> outbound = new TreeMap<>();
    String meanings = INBOUND_MEANINGS.stream().map(Enum::name).collect(Collectors.joining(", "));
    mapping(
        errors,
        "statusMap.inbound",
        input.inbound(),
        (field, deskStatus, meaning) -> {
          if (!isName(DeskChange.Kind.class, meaning)
              || !INBOUND_MEANINGS.contains(DeskChange.Kind.valueOf(meaning))) {
            errors.add(error(field, "must be one of " + meanings));
          } else {
            inbound.put(deskStatus.toLowerCase(Locale.ROOT), meaning);
          }
        });
    mapping(
        errors,
        "statusMap.outbound",
        input.outbound(),
        (field, medleyStatus, deskStatus) -> {
          if (!isName(TicketStatus.class, medleyStatus)) {
            errors.add(
                error(
                    field,
                    medleyStatus + " is not a Medley status: " + names(TicketStatus.values())));
          } else {
            outbound.put(medleyStatus, deskStatus);
          }
        });
    return new DeskConnection.StatusMap(inbound, outbound);
  }

  private interface Entry {
    void check(String field, String key, String value);
  }

  private static void mapping(
      List<Problem.FieldError> errors,
      String field,
      @Nullable Map<String, String> input,
      Entry entry) {
    if (input == null) {
      return;
    }
    if (input.size() > MAX_ENTRIES) {
      errors.add(error(field, "at most " + MAX_ENTRIES + " entries"));
      return;
    }
    input.forEach(
        (key, value) -> {
          String at = field + "." + key;
          if (key.isBlank() || key.length() > MAX_KEY || CONTROL.matcher(key).find()) {
            errors.add(error(field, "status names are 1–" + MAX_KEY + " characters of text"));
          } else if (value == null || value.isBlank()) {
            errors.add(error(at, "required"));
          } else if (value.length() > MAX_KEY || CONTROL.matcher(value).find()) {
            errors.add(error(at, "at most " + MAX_KEY + " characters of text"));
          } else {
            entry.check(at, key.strip(), value.strip());
          }
        });
  }

  private static boolean key(List<Problem.FieldError> errors, String field, String key) {
    if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
      errors.add(
          error(
              field,
              "setting names are 1–"
                  + MAX_KEY
                  + " letters, digits, '.', '_' or '-', starting with a letter"));
      return false;
    }
    return true;
  }

  private static String text(
      List<Problem.FieldError> errors,
      String field,
      @Nullable String value,
      int max,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(error(field, "required"));
      }
      return value == null ? null : "";
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(error(field, "at most " + max + " characters"));
    } else if (CONTROL.matcher(text).find()) {
      errors.add(error(field, "must not contain control characters"));
    }
    return text;
  }

  /** An absolute http or https URL with a host, without a trailing slash. */
  private static URI url(
      List<Problem.FieldError> errors, String field, @Nullable String value, boolean required) {
    String text = text(errors, field, value, MAX_URL, required);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        errors.add(
            error(
                field,
                "must be an absolute http(s) URL with a host and no query, fragment or"
                    + " credentials, e.g. https://desk.example.org"));
        return null;
      }
      return text.endsWith("/") ? new URI(text.replaceAll("/+$", "")) : uri;
    } catch (URISyntaxException e) {
      errors.add(error(field, "is not a URL: " + e.getReason()));
      return null;
    }
  }

  private static void duration(
      List<Problem.FieldError> errors, String field, String text, Duration min, Duration max) {
    Duration value = parsedOr(text, null);
    if (value == null) {
      errors.add(error(field, "must be an ISO-8601 duration, e.g. PT30S or PT10M"));
    } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      errors.add(error(field, "must be between " + min + " and " + max));
    }
  }

  private static void count(List<Problem.FieldError> errors, String field, String text, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value < 1 || value > max) {
        errors.add(error(field, "must be between 1 and " + max));
      }
    } catch (NumberFormatException e) {
      errors.add(error(field, "must be a whole number between 1 and " + max));
    }
  }

  static @Nullable Duration parsedOr(@Nullable String text, @Nullable Duration fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }

  private static <E extends Enum<E>> boolean isName(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  static Problem.FieldError error(String field, String message) {
    return new Problem.FieldError(field, message);
  }
}
