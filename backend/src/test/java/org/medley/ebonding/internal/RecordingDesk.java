package org.medley.ebonding.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.medley.integrations.DeskProtocol;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeDesk;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * A partner desk for e-bonding tests, with a small protocol of its own: {@code POST /tickets} opens
 * a ticket (answering its id), {@code POST /tickets/{id}/updates} takes any later update. It
 * refuses updates for tickets it does not know (404) and records every update it took, so tests
 * read what arrived, in what order, and whether anything came twice.
 */
final class RecordingDesk extends FakeDesk {

  /** One update the desk took. */
  record Taken(String ticket, String kind, String eventId, JsonNode body) {}

  private final AtomicInteger ids = new AtomicInteger(1000);
  private final Map<String, List<Taken>> tickets = new LinkedHashMap<>();
  private final List<Taken> taken = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** What the desk took, oldest first. */
  List<Taken> taken() {
    return List.copyOf(taken);
  }

  @Override
  protected Answer answer(Request request) throws Exception {
    JsonNode body = JSON.readTree(request.body());
    if (request.method().equals("POST") && request.path().equals("/tickets")) {
      String id = String.valueOf(ids.incrementAndGet());
      tickets.put(id, new java.util.ArrayList<>());
      taken.add(new Taken(id, "CREATE", body.path("eventId").asText(), body));
      return Answer.json(201, Map.of("id", id));
    }
    if (request.method().equals("POST") && request.path().matches("/tickets/[^/]+/updates")) {
      String id = request.path().split("/")[2];
      if (!tickets.containsKey(id)) {
        return Answer.json(404, Map.of("error", "no ticket " + id));
      }
      taken.add(new Taken(id, body.path("kind").asText(), body.path("eventId").asText(), body));
      return Answer.json(201, Map.of("ok", true));
    }
    return Answer.json(400, Map.of("error", "no such call"));
  }

  /** A gateway to this desk through real Camel routes and HTTP, as the backend calls desks. */
  Desks gateway(Clock clock) {
    return Desks.start(List.of(new Protocol()), Desks.Settings.defaults(), clock);
  }

  /** The desk's protocol: Medley's updates as the two calls above. */
  static final class Protocol implements DeskProtocol {

    @Override
    public DeskKind kind() {
      return DeskKind.REQUEST_TRACKER;
    }

    @Override
    public DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("eventId", update.eventId().toString());
      body.put("number", update.ticketNumber());
      body.put("kind", update.kind().name());
      put(body, "title", update.title());
      put(body, "description", update.description());
      put(body, "priority", update.priority());
      put(body, "status", update.status());
      put(body, "text", update.text());
      put(body, "resolutionCode", update.resolutionCode());
      put(body, "author", update.author());
      if (update.file() != null) {
        put(body, "filename", update.file().filename());
        put(body, "contentType", update.file().contentType());
        put(body, "sha256", update.file().sha256());
        put(body, "content", java.util.Base64.getEncoder().encodeToString(update.file().content()));
      }
      String json;
      try {
        json = JSON.writeValueAsString(body);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      if (update.kind() == DeskUpdate.Kind.CREATE) {
        HttpAnswer answer = http.call(connection, HttpCall.post("/tickets", json));
        String id;
        try {
          id = JSON.readTree(answer.body()).path("id").asText();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return new DeskReceipt(id, "#" + id);
      }
      http.call(connection, HttpCall.post("/tickets/" + update.externalId() + "/updates", json));
      return new DeskReceipt(update.externalId(), "#" + update.externalId());
    }

    private static void put(Map<String, Object> body, String name, Object value) {
      if (value != null) {
        body.put(name, value);
      }
    }

    @Override
    public DeskHealth test(DeskConnection connection, DeskHttp http) {
      return new DeskHealth(true, "recording desk", 0);
    }
  }
}
