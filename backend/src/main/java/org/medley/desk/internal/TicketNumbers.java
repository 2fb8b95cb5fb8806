package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.medley.desk.TicketType;
import org.medley.platform.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticket numbers per tenant and type. Each node reserves a block of numbers in its own short
 * transaction, so creating tickets never queues behind one sequence row; the price is that numbers
 * may skip (a node restarting forgets the rest of its block and of the one it holds in reserve) and
 * are not strictly in creation order across nodes.
 *
 * <p>Once half a block is handed out, the caller that crossed the middle reserves the next block
 * outside the lock while the others go on numbering. Reserving only when a block ran out stalled
 * every concurrent creation on the node behind one reservation, which itself waits for a pooled
 * connection under load (measured: 40–60 ms on each creation's wall time with 32 clients).
 */
@Singleton
class TicketNumbers {

  private static final Logger LOG = LoggerFactory.getLogger(TicketNumbers.class);

  private final SequenceBlocks sequences;
  private final Map<String, Block> blocks = new ConcurrentHashMap<>();

  TicketNumbers(SequenceBlocks sequences) {
    this.sequences = sequences;
  }

  private static final class Block {
    long next;
    long end; // exclusive
    long reserve = -1; // first number of the block held in reserve, or -1
    boolean reserving;
  }

  String next(long tenantId, TicketType type) {
    Block block = blocks.computeIfAbsent(tenantId + "/" + type, k -> new Block());
    long number;
    boolean refill;
    synchronized (block) {
      while (block.next >= block.end && block.reserve < 0 && block.reserving) {
        try {
          block.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while numbering a ticket", e);
        }
      }
      if (block.next >= block.end) {
        // Used up: take the reserve, or (first ticket, or a failed refill) reserve now.
        long start = block.reserve >= 0 ? block.reserve : reserve(tenantId, type);
        block.reserve = -1;
        block.next = start;
        block.end = start + SequenceBlocks.BLOCK;
      }
      number = block.next++;
      refill =
          block.reserve < 0
              && !block.reserving
              && block.end - block.next <= SequenceBlocks.BLOCK / 2;
      block.reserving |= refill;
    }
    if (refill) {
      refill(block, tenantId, type);
    }
    return type.number(number);
  }

  private void refill(Block block, long tenantId, TicketType type) {
    long start = -1;
    try {
      start = reserve(tenantId, type);
    } catch (RuntimeException e) {
      if (DatabaseUnreachable.among(e)) {
        // The caller's own transaction would wait for a connection as long again, for nothing.
        throw e;
      }
      // This caller has its number; the next one tries again (or reserves when the block ends).
      LOG.warn("Could not reserve the next block of {} numbers: {}", type, e.getMessage());
    } finally {
      synchronized (block) {
        block.reserve = start;
        block.reserving = false;
        block.notifyAll();
      }
    }
  }

  private long reserve(long tenantId, TicketType type) {
    try {
      return sequences.reserve(tenantId, type);
    } catch (RuntimeException firstRowRace) {
      if (DatabaseUnreachable.among(firstRowRace)) {
        throw firstRowRace; // no race: a second try would only wait as long again
      }
      // Two nodes created a tenant's first sequence row at once; the row exists now.
      return sequences.reserve(tenantId, type);
    }
  }
}
