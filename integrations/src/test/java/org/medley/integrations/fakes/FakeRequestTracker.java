package org.medley.integrations.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request Tracker 5's REST2 API ({@code /REST/2.0}) as far as Medley uses it, shaped after RT's own
 * documentation and test suite ({@code lib/RT/REST2.pm}, {@code t/rest2/*.t}) and checked against a
 * real RT 5.0.3 (Debian's {@code request-tracker5}): token auth (401 {@code
 * {"message":"Unauthorized"}} otherwise), {@code {"message":"Not Found"}} 404s, 403 for a queue
 * that does not exist, tickets with the default lifecycle, one sequence of transaction ids across
 * all tickets, RT_System's scrip that opens an inactive ticket on a reply, owner changes as {@code
 * Set} + {@code SetWatcher}, replies and comments stored as attachments (their {@code Content} as
 * text in a collection's {@code fields=}, base64 from {@code GET /attachment/N}), TicketSQL on
 * {@code /tickets} (the {@code AND}ed {@code field op value} subset), JSON searches on {@code
 * /transactions} and {@code /attachments}, paging with {@code page}/{@code per_page} (at most 100)
 * and {@code fields=}.
 *
 * <p>Tests act as the partner with {@link #reply}, {@link #comment}, {@link #setStatus} and {@link
 * #give}, and read the desk with {@link #tickets()} and {@link #transactions(int)}.
 */
public final class FakeRequestTracker extends FakeDesk {

  private static final String REST = "/REST/2.0";
  private static final Set<String> LIFECYCLE =
      Set.of("new", "open", "stalled", "resolved", "rejected", "deleted");

  /** An RT user; {@code token} null for users who never use the API. */
  public record User(int id, String name, String realName, String token) {}

  /** A ticket as RT holds it. */
  public static final class Ticket {
    final int id;
    final String queue;
    final String creator;
    String subject;
    String status = "new";
    int priority;
    int owner = NOBODY;
    final Map<String, String> customFields = new LinkedHashMap<>();

    Ticket(int id, String queue, String subject, String creator) {
      this.id = id;
      this.queue = queue;
      this.subject = subject;
      this.creator = creator;
    }

    /** The ticket's custom field values by name. */
    public Map<String, String> customFields() {
      return Map.copyOf(customFields);
    }

    public int id() {
      return id;
    }

    public String queue() {
      return queue;
    }

    public String subject() {
      return subject;
    }

    public String status() {
      return status;
    }

    public int priority() {
      return priority;
    }

    public String creator() {
      return creator;
    }
  }

  /**
   * One attachment of a transaction: the text of a reply, comment or create, or a file sent in its
   * {@code Attachments} list ({@code filename} set, {@code bytes} as decoded from base64).
   */
  public record Attachment(
      long id,
      long transactionId,
      String subject,
      String contentType,
      String content,
      String filename,
      byte[] bytes) {

    public Attachment(
        long id, long transactionId, String subject, String contentType, String content) {
      this(id, transactionId, subject, contentType, content, null, null);
    }
  }

  /** One transaction, the unit of RT's history. */
  public record Transaction(
      long id,
      int ticketId,
      String type,
      String field,
      String oldValue,
      String newValue,
      String creator,
      Instant created,
      List<Attachment> attachments) {

    /** The text of a Correspond, Comment or Create, or null. */
    public String content() {
      return attachments.isEmpty() ? null : attachments.get(0).content();
    }

    public String subject() {
      return attachments.isEmpty() ? null : attachments.get(0).subject();
    }
  }

  private static final int NOBODY = 6;
  private static final String SYSTEM = "RT_System";
  private static final Set<String> ACTIVE = Set.of("open", "stalled");

  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<Integer, Ticket> tickets = new LinkedHashMap<>();
  private final List<Transaction> transactions = new ArrayList<>();
  private final Map<String, Integer> queues = new LinkedHashMap<>();
  private int nextTicket = 1;
  private long nextTransaction = 100;
  private long nextAttachment = 500;
  private int nextUser = 30;
  private Instant clock = Instant.parse("2026-12-01T08:00:00Z");

  /** An RT with queue General, user {@code medley} holding {@code token}, and Nobody. */
  public FakeRequestTracker(String integrationUser, String token) {
    users.put("rt_system", new User(1, SYSTEM, "The RT System itself", null));
    users.put("nobody", new User(NOBODY, "Nobody", "Nobody in particular", null));
    users.put("root", new User(14, "root", "Enoch Root", null));
    users.put(
        integrationUser.toLowerCase(Locale.ROOT),
        new User(22, integrationUser, "Medley integration", token));
    queues.put("General", 1);
  }

  public FakeRequestTracker() {
    this("medley", "1-22-medleytoken");
  }

  // ---- the partner's side ----------------------------------------------------------------

  /** A queue more. */
  public synchronized void addQueue(String name) {
    queues.put(name, queues.size() + 1);
  }

  /** A partner's agent replies to the requester (a Correspond). */
  public synchronized long reply(int ticketId, String user, String text) {
    return message(ticket(ticketId), "Correspond", user(user).name(), null, "text/plain", text);
  }

  /** A partner's agent comments (a Comment, not shown to the requester). */
  public synchronized long comment(int ticketId, String user, String text) {
    return message(ticket(ticketId), "Comment", user(user).name(), null, "text/plain", text);
  }

  /** A partner's agent changes the status; returns the transaction id (or -1: no change). */
  public synchronized long setStatus(int ticketId, String user, String status) {
    return status(ticket(ticketId), user(user).name(), status);
  }

  /** A partner's agent gives the ticket to {@code owner}. */
  public synchronized long give(int ticketId, String user, String owner) {
    Ticket ticket = ticket(ticketId);
    User to = user(owner);
    int old = ticket.owner;
    ticket.owner = to.id();
    // RT 5.0.3 records an owner change as Set on Owner, then a SetWatcher on the Owner role.
    long id =
        record(
                ticket.id,
                "Set",
                "Owner",
                String.valueOf(old),
                String.valueOf(to.id()),
                user(user).name(),
                List.of())
            .id();
    record(
        ticket.id,
        "SetWatcher",
        "Owner",
        String.valueOf(old),
        String.valueOf(to.id()),
        user(user).name(),
        List.of());
    return id;
  }

  /** A ticket a partner opened in RT by itself (not Medley's). */
  public synchronized int open(String queue, String subject, String user) {
    return create(queue, subject, user(user).name(), "text/plain", "", 0);
  }

  public synchronized List<Ticket> tickets() {
    return List.copyOf(tickets.values());
  }

  public synchronized Ticket ticket(int id) {
    Ticket ticket = tickets.get(id);
    if (ticket == null) {
      throw new IllegalArgumentException("no ticket " + id);
    }
    return ticket;
  }

  public synchronized List<Transaction> transactions(int ticketId) {
    return transactions.stream().filter(t -> t.ticketId() == ticketId).toList();
  }

  public synchronized List<Transaction> transactions() {
    return List.copyOf(transactions);
  }

  // ---- the protocol ----------------------------------------------------------------------

  @Override
  protected Answer answer(Request request) throws Exception {
    String full = request.path();
    int q = full.indexOf('?');
    String path = q < 0 ? full : full.substring(0, q);
    Map<String, List<String>> params = params(q < 0 ? "" : full.substring(q + 1));
    if (!path.startsWith(REST)) {
      return Answer.json(404, Map.of("message", "Not Found"));
    }
    path = path.substring(REST.length());
    User user = signedIn(request, params);
    if (user == null) {
      return Answer.json(401, Map.of("message", "Unauthorized"));
    }
    String method = request.method();
    Matcher m;
    if (method.equals("POST") && path.equals("/ticket")) {
      return createTicket(request, user);
    }
    if ((m = match("/ticket/(\\d+)", path)) != null) {
      Ticket ticket = tickets.get(Integer.parseInt(m.group(1)));
      if (ticket == null) {
        return notFound();
      }
      return switch (method) {
        case "GET" -> Answer.json(200, ticketJson(ticket));
        case "PUT" -> update(ticket, request, user);
        default -> Answer.json(405, Map.of("message", "Method Not Allowed"));
      };
    }
    if ((m = match("/ticket/(\\d+)/(correspond|comment)", path)) != null) {
      Ticket ticket = tickets.get(Integer.parseInt(m.group(1)));
      if (ticket == null) {
        return notFound();
      }
      if (!method.equals("POST")) {
        return Answer.json(405, Map.of("message", "Method Not Allowed"));
      }
      return postMessage(ticket, m.group(2), request, user);
    }
    if (method.equals("GET") && (m = match("/ticket/(\\d+)/history", path)) != null) {
      int id = Integer.parseInt(m.group(1));
      if (!tickets.containsKey(id)) {
        return notFound();
      }
      return Answer.json(
          200,
          collection(
              transactions.stream().filter(t -> t.ticketId() == id).toList(),
              params,
              "/ticket/" + id + "/history",
              this::transactionItem));
    }
    if (path.equals("/tickets") && (method.equals("GET") || method.equals("POST"))) {
      return searchTickets(params);
    }
    if (path.equals("/transactions") && (method.equals("GET") || method.equals("POST"))) {
      Predicate<Transaction> where = jsonQuery(query(request, params), this::transactionField);
      if (where == null) {
        return Answer.json(400, Map.of("message", "JSON object expected"));
      }
      List<Transaction> found = transactions.stream().filter(where).toList();
      return Answer.json(
          200,
          collection(
              ordered(found, params, this::transactionField),
              params,
              "/transactions",
              this::transactionItem));
    }
    if (method.equals("GET") && (m = match("/transaction/(\\d+)", path)) != null) {
      Transaction txn = transaction(Long.parseLong(m.group(1)));
      return txn == null ? notFound() : Answer.json(200, transactionJson(txn));
    }
    if (method.equals("GET") && (m = match("/transaction/(\\d+)/attachments", path)) != null) {
      Transaction txn = transaction(Long.parseLong(m.group(1)));
      List<Attachment> list = txn == null ? List.of() : txn.attachments();
      return Answer.json(
          200,
          collection(
              list, params, "/transaction/" + m.group(1) + "/attachments", this::attachmentItem));
    }
    if (path.equals("/attachments") && (method.equals("GET") || method.equals("POST"))) {
      Predicate<Attachment> where = jsonQuery(query(request, params), this::attachmentField);
      if (where == null) {
        return Answer.json(400, Map.of("message", "JSON object expected"));
      }
      List<Attachment> found =
          transactions.stream().flatMap(t -> t.attachments().stream()).filter(where).toList();
      return Answer.json(200, collection(found, params, "/attachments", this::attachmentItem));
    }
    if (method.equals("GET") && (m = match("/attachment/(\\d+)", path)) != null) {
      long id = Long.parseLong(m.group(1));
      return transactions.stream()
          .flatMap(t -> t.attachments().stream())
          .filter(a -> a.id() == id)
          .findFirst()
          .map(a -> Answer.json(200, attachmentJson(a)))
          .orElseGet(FakeRequestTracker::notFound);
    }
    if (method.equals("GET") && (m = match("/queue/([^/]+)", path)) != null) {
      String key = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
      for (var queue : queues.entrySet()) {
        if (queue.getKey().equalsIgnoreCase(key) || String.valueOf(queue.getValue()).equals(key)) {
          return Answer.json(
              200,
              Map.of(
                  "id",
                  queue.getValue(),
                  "Name",
                  queue.getKey(),
                  "Description",
                  "",
                  "Lifecycle",
                  "default"));
        }
      }
      return notFound();
    }
    if (method.equals("GET") && path.equals("/queues/all")) {
      List<Map<String, Object>> items = new ArrayList<>();
      queues.forEach((name, id) -> items.add(ref("queue", String.valueOf(id))));
      return Answer.json(200, collection(items, params, "/queues/all", x -> JSON.valueToTree(x)));
    }
    if (method.equals("GET") && (m = match("/user/([^/]+)", path)) != null) {
      String key = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
      for (User u : users.values()) {
        if (u.name().equalsIgnoreCase(key) || String.valueOf(u.id()).equals(key)) {
          return Answer.json(200, Map.of("id", u.id(), "Name", u.name(), "RealName", u.realName()));
        }
      }
      return notFound();
    }
    return notFound();
  }

  private Answer createTicket(Request request, User user) {
    JsonNode body = jsonObject(request.body());
    if (body == null) {
      return Answer.json(400, Map.of("message", "JSON object expected"));
    }
    String queue = body.path("Queue").asText("");
    if (queue.isBlank()) {
      return Answer.json(400, Map.of("message", "Could not create ticket. Queue not set"));
    }
    String queueName = queueName(queue);
    if (queueName == null) {
      // What RT 5.0.3 answers for a queue that does not exist, even to a SuperUser.
      return Answer.json(
          403, Map.of("message", "No permission to create tickets in the queue '" + queue + "'"));
    }
    int priority = 0;
    if (body.has("Priority")) {
      if (!body.get("Priority").asText().matches("\\d+")) {
        return Answer.json(400, Map.of("message", "Invalid value for Priority"));
      }
      priority = body.get("Priority").asInt();
    }
    int id =
        create(
            queueName,
            body.path("Subject").asText(""),
            user.name(),
            body.path("ContentType").asText("text/plain"),
            body.path("Content").asText(""),
            priority);
    Map<String, Object> answer = ref("ticket", String.valueOf(id));
    return new Answer(201, json(answer), Map.of("Location", baseUrl() + REST + "/ticket/" + id));
  }

  private int create(
      String queue, String subject, String creator, String type, String content, int priority) {
    Ticket ticket = new Ticket(nextTicket++, queue, subject, creator);
    ticket.priority = priority;
    tickets.put(ticket.id, ticket);
    record(
        ticket.id, "Create", null, null, null, creator, List.of(new Part(subject, type, content)));
    return ticket.id;
  }

  private Answer update(Ticket ticket, Request request, User user) {
    JsonNode body = jsonObject(request.body());
    if (body == null) {
      return Answer.json(400, Map.of("message", "JSON object expected"));
    }
    List<String> results = new ArrayList<>();
    if (body.has("Subject") && !body.get("Subject").asText().equals(ticket.subject)) {
      String old = ticket.subject;
      ticket.subject = body.get("Subject").asText();
      record(ticket.id, "Set", "Subject", old, ticket.subject, user.name(), List.of());
      results.add(
          "Ticket "
              + ticket.id
              + ": Subject changed from '"
              + old
              + "' to '"
              + ticket.subject
              + "'");
    }
    if (body.has("Priority")) {
      if (!body.get("Priority").asText().matches("\\d+")) {
        results.add("Invalid value for Priority");
      } else if (body.get("Priority").asInt() != ticket.priority) {
        int old = ticket.priority;
        ticket.priority = body.get("Priority").asInt();
        record(
            ticket.id,
            "Set",
            "Priority",
            String.valueOf(old),
            String.valueOf(ticket.priority),
            user.name(),
            List.of());
        results.add(
            "Ticket " + ticket.id + ": Priority changed from " + old + " to " + ticket.priority);
      }
    }
    if (body.has("Status")) {
      String status = body.get("Status").asText();
      results.add(statusMessage(ticket, user.name(), status));
    }
    var fields = body.path("CustomFields").fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String old = ticket.customFields.put(field.getKey(), field.getValue().asText());
      if (!field.getValue().asText().equals(old)) {
        record(
            ticket.id,
            "CustomField",
            field.getKey(),
            old,
            field.getValue().asText(),
            user.name(),
            List.of());
        results.add(field.getKey() + " " + field.getValue().asText() + " added");
      }
    }
    return Answer.json(200, results);
  }

  private String statusMessage(Ticket ticket, String user, String status) {
    String old = ticket.status;
    if (!LIFECYCLE.contains(status)) {
      return "Status '" + status + "' isn't a valid status for this ticket.";
    }
    if (status(ticket, user, status) < 0) {
      return "That is already the current value";
    }
    return "Status changed from '" + old + "' to '" + status + "'";
  }

  private long status(Ticket ticket, String user, String status) {
    if (!LIFECYCLE.contains(status)) {
      throw new IllegalArgumentException("not in RT's default lifecycle: " + status);
    }
    if (status.equals(ticket.status)) {
      return -1;
    }
    String old = ticket.status;
    ticket.status = status;
    return record(ticket.id, "Status", "Status", old, status, user, List.of()).id();
  }

  private Answer postMessage(Ticket ticket, String kind, Request request, User user) {
    String contentType = String.valueOf(request.header("Content-Type")).toLowerCase(Locale.ROOT);
    String subject = null;
    String type;
    String content;
    String status = null;
    List<Part> files = new ArrayList<>();
    if (contentType.startsWith("application/json")) {
      JsonNode body = jsonObject(request.body());
      if (body == null) {
        return Answer.json(400, Map.of("message", "JSON object expected"));
      }
      for (JsonNode file : body.path("Attachments")) {
        String name = file.path("FileName").asText("");
        String fileType = file.path("FileType").asText("");
        byte[] bytes;
        try {
          bytes = Base64.getDecoder().decode(file.path("FileContent").asText(""));
        } catch (IllegalArgumentException e) {
          return Answer.json(400, Map.of("message", "FileContent must be base64"));
        }
        if (name.isEmpty() || fileType.isEmpty() || bytes.length == 0) {
          return Answer.json(
              400, Map.of("message", "Attachments need FileName, FileType and FileContent"));
        }
        files.add(new Part("", fileType, null, name, bytes));
      }
      content = body.path("Content").asText("");
      if (!content.isEmpty() && !body.hasNonNull("ContentType")) {
        return Answer.json(
            400, Map.of("message", "ContentType is a required field for application/json"));
      }
      type = content.isEmpty() ? "application/octet-stream" : body.get("ContentType").asText();
      subject = body.path("Subject").asText(null);
      status = body.path("Status").asText(null);
    } else if (contentType.startsWith("text/plain") || contentType.startsWith("text/html")) {
      content = request.body();
      type = contentType.startsWith("text/plain") ? "text/plain" : "text/html";
    } else {
      return Answer.json(415, Map.of("message", "Unsupported Media Type"));
    }
    long id =
        message(
            ticket,
            kind.equals("correspond") ? "Correspond" : "Comment",
            user.name(),
            subject,
            type,
            content,
            files);
    List<String> results = new ArrayList<>();
    results.add(kind.equals("correspond") ? "Correspondence added" : "Comments added");
    if (status != null) {
      results.add(statusMessage(ticket, user.name(), status));
    }
    return new Answer(
        201, json(results), Map.of("Location", baseUrl() + REST + "/transaction/" + id));
  }

  private long message(
      Ticket ticket, String type, String user, String subject, String contentType, String text) {
    return message(ticket, type, user, subject, contentType, text, List.of());
  }

  private long message(
      Ticket ticket,
      String type,
      String user,
      String subject,
      String contentType,
      String text,
      List<Part> files) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(subject, contentType, text));
    parts.addAll(files);
    long id = record(ticket.id, type, null, null, null, user, parts).id();
    // RT's scrip "On Correspond Open Inactive Tickets", acting as RT_System.
    if (type.equals("Correspond") && !ACTIVE.contains(ticket.status)) {
      status(ticket, SYSTEM, "open");
    }
    return id;
  }

  private record Part(
      String subject, String contentType, String content, String filename, byte[] bytes) {

    Part(String subject, String contentType, String content) {
      this(subject, contentType, content, null, null);
    }
  }

  private Transaction record(
      int ticket,
      String type,
      String field,
      String oldValue,
      String newValue,
      String creator,
      List<Part> parts) {
    long id = nextTransaction++;
    clock = clock.plus(1, ChronoUnit.MINUTES);
    List<Attachment> attachments = new ArrayList<>();
    for (Part part : parts) {
      attachments.add(
          new Attachment(
              nextAttachment++,
              id,
              part.subject(),
              part.contentType(),
              part.content(),
              part.filename(),
              part.bytes()));
    }
    Transaction txn =
        new Transaction(
            id, ticket, type, field, oldValue, newValue, creator, clock, List.copyOf(attachments));
    transactions.add(txn);
    return txn;
  }

  private Answer searchTickets(Map<String, List<String>> params) {
    String query = first(params, "query");
    if (query == null) {
      return Answer.json(400, Map.of("message", "Query parameter is required"));
    }
    Predicate<Ticket> where = t -> true;
    for (String clause : query.split("(?i)\\s+AND\\s+")) {
      Matcher m =
          Pattern.compile(
                  "\\s*(\\w+)\\s*(=|!=|LIKE|NOT LIKE|>|<)\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"([^\"]*)\"|(\\S+))\\s*",
                  Pattern.CASE_INSENSITIVE)
              .matcher(clause);
      if (!m.matches()) {
        return Answer.json(400, Map.of("message", "Invalid query: " + clause));
      }
      String field = m.group(1);
      String op = m.group(2).toUpperCase(Locale.ROOT);
      String value =
          m.group(3) != null
              ? m.group(3).replace("\\'", "'")
              : m.group(4) != null ? m.group(4) : m.group(5);
      Predicate<Ticket> clauseTest =
          t -> {
            String actual = ticketField(t, field);
            if (actual == null) {
              return false;
            }
            return compare(actual, op, value);
          };
      if (ticketField(new Ticket(0, "", "", ""), field) == null) {
        return Answer.json(400, Map.of("message", "Invalid query: unknown field " + field));
      }
      where = where.and(clauseTest);
    }
    List<Ticket> found = tickets.values().stream().filter(where).toList();
    return Answer.json(
        200,
        collection(
            ordered(found, params, (t, f) -> ticketField(t, f)),
            params,
            "/tickets",
            this::ticketItem));
  }

  private String ticketField(Ticket t, String field) {
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "id" -> String.valueOf(t.id);
      case "subject" -> t.subject;
      case "queue" -> t.queue;
      case "status" -> t.status;
      case "creator" -> t.creator;
      case "priority" -> String.valueOf(t.priority);
      case "owner" -> userById(t.owner).name();
      default -> null;
    };
  }

  private String transactionField(Transaction t, String field) {
    return switch (field) {
      case "id" -> String.valueOf(t.id());
      case "ObjectType" -> "RT::Ticket";
      case "ObjectId" -> String.valueOf(t.ticketId());
      case "Type" -> t.type();
      case "Field" -> t.field();
      case "OldValue" -> t.oldValue();
      case "NewValue" -> t.newValue();
      case "Creator" -> String.valueOf(user(t.creator()).id());
      case "Created" -> t.created().toString();
      default -> null;
    };
  }

  private String attachmentField(Attachment a, String field) {
    return switch (field) {
      case "id" -> String.valueOf(a.id());
      case "TransactionId" -> String.valueOf(a.transactionId());
      case "Subject" -> a.subject();
      case "ContentType" -> a.contentType();
      default -> null;
    };
  }

  private static boolean compare(String actual, String op, String value) {
    boolean numeric = actual.matches("-?\\d+") && value.matches("-?\\d+");
    int cmp =
        numeric
            ? Long.compare(Long.parseLong(actual), Long.parseLong(value))
            : actual.compareToIgnoreCase(value);
    return switch (op) {
      case "=" -> cmp == 0;
      case "!=" -> cmp != 0;
      case ">" -> cmp > 0;
      case "<" -> cmp < 0;
      case ">=" -> cmp >= 0;
      case "<=" -> cmp <= 0;
      case "LIKE" -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "NOT LIKE" -> !actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      default -> throw new IllegalArgumentException("operator " + op);
    };
  }

  /**
   * A REST2 JSON search: an array of {@code {field, operator?, value, entry_aggregator?}}; limits
   * on one field are ORed unless they say AND, different fields are ANDed (DBIx::SearchBuilder's
   * subclauses); fields the record cannot be searched by are skipped, as RT does. Null: not an
   * array.
   */
  private <T> Predicate<T> jsonQuery(String query, FieldReader<T> reader) {
    JsonNode limits;
    try {
      limits = query == null || query.isBlank() ? JSON.createArrayNode() : JSON.readTree(query);
    } catch (Exception e) {
      return null;
    }
    if (!limits.isArray()) {
      return null;
    }
    Map<String, Predicate<T>> byField = new LinkedHashMap<>();
    for (JsonNode limit : limits) {
      String field = limit.path("field").asText("");
      if (field.isEmpty() || !limit.has("value")) {
        continue;
      }
      String op = limit.path("operator").asText("=").toUpperCase(Locale.ROOT);
      String value = limit.get("value").asText();
      Predicate<T> test =
          item -> {
            String actual = reader.read(item, field);
            return actual != null && compare(actual, op, value);
          };
      boolean and = limit.path("entry_aggregator").asText("OR").equalsIgnoreCase("AND");
      byField.merge(field, test, (a, b) -> and ? a.and(b) : a.or(b));
    }
    return byField.values().stream().reduce(x -> true, Predicate::and);
  }

  @FunctionalInterface
  private interface FieldReader<T> {
    String read(T item, String field);
  }

  private <T> List<T> ordered(
      List<T> items, Map<String, List<String>> params, FieldReader<T> reader) {
    List<String> orderBy = params.getOrDefault("orderby", List.of());
    List<String> order = params.getOrDefault("order", List.of());
    if (orderBy.isEmpty()) {
      return items;
    }
    Comparator<T> comparator = null;
    for (int i = 0; i < orderBy.size(); i++) {
      String field = orderBy.get(i);
      boolean desc = i < order.size() && order.get(i).equalsIgnoreCase("DESC");
      Comparator<T> one =
          (a, b) -> {
            String x = String.valueOf(reader.read(a, field));
            String y = String.valueOf(reader.read(b, field));
            return x.matches("-?\\d+") && y.matches("-?\\d+")
                ? Long.compare(Long.parseLong(x), Long.parseLong(y))
                : x.compareTo(y);
          };
      if (desc) {
        one = one.reversed();
      }
      comparator = comparator == null ? one : comparator.thenComparing(one);
    }
    return items.stream().sorted(comparator).toList();
  }

  private interface ItemWriter<T> {
    JsonNode write(T item, Set<String> fields);
  }

  private <T> ObjectNode collection(
      List<T> all,
      Map<String, List<String>> params,
      String path,
      java.util.function.Function<T, JsonNode> writer) {
    return collection(all, params, path, (item, fields) -> writer.apply(item));
  }

  private <T> ObjectNode collection(
      List<T> all, Map<String, List<String>> params, String path, ItemWriter<T> writer) {
    int perPage = Math.min(100, Math.max(1, intParam(params, "per_page", 20)));
    int page = Math.max(1, intParam(params, "page", 1));
    Set<String> fields =
        Set.of(
            String.valueOf(first(params, "fields") == null ? "" : first(params, "fields"))
                .split(","));
    int from = Math.min(all.size(), (page - 1) * perPage);
    int to = Math.min(all.size(), from + perPage);
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    for (T item : all.subList(from, to)) {
      items.add(writer.write(item, fields));
    }
    int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
    answer.put("count", to - from);
    answer.put("page", page);
    answer.put("pages", pages);
    answer.put("per_page", perPage);
    answer.put("total", all.size());
    if (page < pages) {
      answer.put(
          "next_page", baseUrl() + REST + path + "?page=" + (page + 1) + "&per_page=" + perPage);
    }
    return answer;
  }

  private JsonNode ticketItem(Ticket t, Set<String> fields) {
    ObjectNode item = JSON.valueToTree(ref("ticket", String.valueOf(t.id)));
    if (fields.contains("Subject")) {
      item.put("Subject", t.subject);
    }
    if (fields.contains("Status")) {
      item.put("Status", t.status);
    }
    if (fields.contains("Priority")) {
      item.put("Priority", String.valueOf(t.priority));
    }
    if (fields.contains("Creator")) {
      item.set("Creator", JSON.valueToTree(ref("user", t.creator)));
    }
    if (fields.contains("Queue")) {
      item.set("Queue", JSON.valueToTree(ref("queue", String.valueOf(queues.get(t.queue)))));
    }
    return item;
  }

  private JsonNode transactionItem(Transaction t, Set<String> fields) {
    ObjectNode item = JSON.valueToTree(ref("transaction", String.valueOf(t.id())));
    ObjectNode full = transactionJson(t);
    for (String field : fields) {
      if (full.has(field) && !field.equals("_hyperlinks")) {
        item.set(field, full.get(field));
      }
    }
    return item;
  }

  private ObjectNode transactionJson(Transaction t) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", String.valueOf(t.id()));
    json.put("Type", t.type());
    json.put("Field", t.field() == null ? "" : t.field());
    json.put("OldValue", t.oldValue() == null ? "" : t.oldValue());
    json.put("NewValue", t.newValue() == null ? "" : t.newValue());
    json.put("ObjectType", "RT::Ticket");
    json.put("ObjectId", String.valueOf(t.ticketId()));
    json.put("TimeTaken", 0);
    json.put("Created", t.created().toString());
    json.set("Creator", JSON.valueToTree(ref("user", t.creator())));
    json.set("Object", JSON.valueToTree(ref("ticket", String.valueOf(t.ticketId()))));
    ArrayNode links = json.putArray("_hyperlinks");
    ObjectNode self = links.addObject();
    self.put("ref", "self");
    self.put("id", String.valueOf(t.id()));
    self.put("type", "transaction");
    self.put("_url", baseUrl() + REST + "/transaction/" + t.id());
    for (Attachment a : t.attachments()) {
      links
          .addObject()
          .put("ref", "attachment")
          .put("_url", baseUrl() + REST + "/attachment/" + a.id());
    }
    return json;
  }

  /**
   * An attachment in a collection: {@code fields=Content} reads the accessor, so the text comes as
   * it is (RT 5.0.3's {@code RT::REST2::Resource::expand_field}), unlike {@code GET /attachment/N}.
   */
  private JsonNode attachmentItem(Attachment a, Set<String> fields) {
    ObjectNode item = JSON.valueToTree(ref("attachment", String.valueOf(a.id())));
    ObjectNode full = attachmentJson(a);
    full.put("Content", a.content());
    for (String field : fields) {
      if (full.has(field)) {
        item.set(field, full.get(field));
      }
    }
    return item;
  }

  private ObjectNode attachmentJson(Attachment a) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", String.valueOf(a.id()));
    json.put("TransactionId", String.valueOf(a.transactionId()));
    json.put("Subject", a.subject() == null ? "" : a.subject());
    json.put("ContentType", a.contentType());
    json.put("Filename", a.filename() == null ? "" : a.filename());
    // RT 5's REST2 returns attachment content base64-encoded (t/rest2/tickets.t), MIME-wrapped.
    json.put(
        "Content",
        Base64.getMimeEncoder()
                .encodeToString(
                    a.bytes() != null ? a.bytes() : a.content().getBytes(StandardCharsets.UTF_8))
            + "\n");
    return json;
  }

  private ObjectNode ticketJson(Ticket t) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", t.id);
    json.put("type", "ticket");
    json.put("Subject", t.subject);
    json.put("Status", t.status);
    json.put("Priority", String.valueOf(t.priority));
    json.set("Queue", JSON.valueToTree(ref("queue", String.valueOf(queues.get(t.queue)))));
    json.set("Owner", JSON.valueToTree(ref("user", userById(t.owner).name())));
    json.set("Creator", JSON.valueToTree(ref("user", t.creator)));
    ArrayNode links = json.putArray("_hyperlinks");
    for (String ref : List.of("history", "correspond", "comment")) {
      links
          .addObject()
          .put("ref", ref)
          .put("_url", baseUrl() + REST + "/ticket/" + t.id + "/" + ref);
    }
    return json;
  }

  private Map<String, Object> ref(String type, String id) {
    return Map.of("type", type, "id", id, "_url", baseUrl() + REST + "/" + type + "/" + id);
  }

  private Transaction transaction(long id) {
    return transactions.stream().filter(t -> t.id() == id).findFirst().orElse(null);
  }

  private User signedIn(Request request, Map<String, List<String>> params) {
    String header = request.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "token ", 0, 6)) {
      token = header.substring(6).strip();
    } else if (params.containsKey("token")) {
      token = first(params, "token");
    }
    if (token == null) {
      return null;
    }
    for (User user : users.values()) {
      if (token.equals(user.token())) {
        return user;
      }
    }
    return null;
  }

  /** The user named so, created on first mention as RT does for a new correspondent. */
  private User user(String name) {
    return users.computeIfAbsent(
        name.toLowerCase(Locale.ROOT), n -> new User(nextUser++, name, name, null));
  }

  private User userById(int id) {
    return users.values().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
  }

  private String queueName(String queue) {
    for (var entry : queues.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(queue)
          || String.valueOf(entry.getValue()).equals(queue)) {
        return entry.getKey();
      }
    }
    return null;
  }

  private static String query(Request request, Map<String, List<String>> params) {
    return request.method().equals("POST") ? request.body() : first(params, "query");
  }

  private static JsonNode jsonObject(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static Answer notFound() {
    return Answer.json(404, Map.of("message", "Not Found"));
  }

  private static Matcher match(String regex, String path) {
    Matcher m = Pattern.compile("^" + regex + "/?$").matcher(path);
    return m.matches() ? m : null;
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("[&;]")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static int intParam(Map<String, List<String>> params, String name, int fallback) {
    try {
      return Integer.parseInt(first(params, name));
    } catch (NumberFormatException | NullPointerException e) {
      return fallback;
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
