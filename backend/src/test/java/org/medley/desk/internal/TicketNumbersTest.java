package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.medley.desk.TicketType;

class TicketNumbersTest {

  /** Sequence rows per tenant and type, in memory; can be told to hang or fail. */
  static final class Sequence extends SequenceBlocks {
    final Map<String, AtomicLong> nextValues = new ConcurrentHashMap<>();
    final AtomicInteger reservations = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);

    Sequence() {
      super(null);
    }

    @Override
    long reserve(long tenantId, TicketType type) {
      try {
        if (gate.getCount() > 0) {
          entered.countDown();
        }
        gate.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("database unavailable");
      }
      reservations.incrementAndGet();
      return nextValues
          .computeIfAbsent(tenantId + "/" + type, k -> new AtomicLong(1))
          .getAndAdd(BLOCK);
    }
  }

  @Test
  void numbersRunOnWithoutGapsWhileTheNodeLives() {
    Sequence sequence = new Sequence();
    TicketNumbers numbers = new TicketNumbers(sequence);
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < 95; i++) {
      issued.add(numbers.next(1, TicketType.INCIDENT));
    }
    assertThat(issued).first().isEqualTo("INC-000001");
    assertThat(issued).last().isEqualTo("INC-000095");
    assertThat(Set.copyOf(issued)).hasSize(95);
    // Five blocks used, a sixth held in reserve: at most one block ahead of need.
    assertThat(sequence.reservations.get()).isEqualTo(6);
    assertThat(numbers.next(1, TicketType.SERVICE_REQUEST)).isEqualTo("REQ-000001");
  }

  @Test
  @Timeout(20) // numbering that waits for the slow reservation never gets here
  void theNextBlockIsReservedBeforeThisOneRunsOut() throws Exception {
    Sequence sequence = new Sequence();
    TicketNumbers numbers = new TicketNumbers(sequence);
    for (int i = 0; i < SequenceBlocks.BLOCK / 2 - 1; i++) {
      numbers.next(1, TicketType.INCIDENT);
    }
    assertThat(sequence.reservations.get()).isEqualTo(1);
    // The reservation of the next block hangs (the database is slow): others keep numbering.
    sequence.gate = new CountDownLatch(1);
    Thread refiller = new Thread(() -> numbers.next(1, TicketType.INCIDENT));
    refiller.start();
    sequence.entered.await();
    List<String> meanwhile = new ArrayList<>();
    for (int i = 0; i < SequenceBlocks.BLOCK / 2; i++) {
      meanwhile.add(numbers.next(1, TicketType.INCIDENT));
    }
    assertThat(meanwhile).last().isEqualTo(TicketType.INCIDENT.number(SequenceBlocks.BLOCK));
    sequence.gate.countDown();
    refiller.join();
    assertThat(numbers.next(1, TicketType.INCIDENT))
        .isEqualTo(TicketType.INCIDENT.number(SequenceBlocks.BLOCK + 1));
    assertThat(sequence.reservations.get()).isEqualTo(2);
  }

  @Test
  void aFailedReservationCostsNobodyTheirTicket() {
    Sequence sequence = new Sequence();
    TicketNumbers numbers = new TicketNumbers(sequence);
    numbers.next(1, TicketType.INCIDENT);
    sequence.failures.set(1); // the refill at half a block fails; the caller keeps its number
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < 3 * SequenceBlocks.BLOCK; i++) {
      issued.add(numbers.next(1, TicketType.INCIDENT));
    }
    assertThat(Set.copyOf(issued)).hasSize(3 * SequenceBlocks.BLOCK);
    assertThat(issued).first().isEqualTo("INC-000002");
    assertThat(issued).last().isEqualTo(TicketType.INCIDENT.number(3 * SequenceBlocks.BLOCK + 1));
  }

  @Test
  void concurrentCreatorsNeverShareANumber() throws Exception {
    Sequence sequence = new Sequence();
    TicketNumbers numbers = new TicketNumbers(sequence);
    Set<String> issued = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  if (!issued.add(numbers.next(7, TicketType.INCIDENT))) {
                    duplicates.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(duplicates.get()).isZero();
    assertThat(issued).hasSize(16 * 500);
    // Every reserved block but the one in reserve and the one in use was handed out whole.
    assertThat((long) sequence.reservations.get() * SequenceBlocks.BLOCK)
        .isBetween(8_000L, 8_000L + 2L * SequenceBlocks.BLOCK);
  }
}
