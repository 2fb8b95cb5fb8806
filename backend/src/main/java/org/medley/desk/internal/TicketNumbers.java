package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.medley.desk.TicketType;

/**
 * Ticket numbers per tenant and type. Each node reserves a block of numbers in its own short
 * transaction, so creating tickets never queues behind one sequence row; the price is that numbers
 * may skip (a node restarting forgets the rest of its block) and are not strictly in creation order
 * across nodes.
 */
@Singleton
class TicketNumbers {

  private final SequenceBlocks sequences;
  private final Map<String, Block> blocks = new ConcurrentHashMap<>();

  TicketNumbers(SequenceBlocks sequences) {
    this.sequences = sequences;
  }

  private static final class Block {
    long next;
    long end; // exclusive
  }

  String next(long tenantId, TicketType type) {
    Block block = blocks.computeIfAbsent(tenantId + "/" + type, k -> new Block());
    synchronized (block) {
      if (block.next >= block.end) {
        long start;
        try {
          start = sequences.reserve(tenantId, type);
        } catch (RuntimeException firstRowRace) {
          // Two nodes created a tenant's first sequence row at once; the row exists now.
          start = sequences.reserve(tenantId, type);
        }
        block.next = start;
        block.end = start + SequenceBlocks.BLOCK;
      }
      return type.number(block.next++);
    }
  }
}
