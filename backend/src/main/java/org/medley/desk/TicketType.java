package org.medley.desk;

public enum TicketType {
  INCIDENT("INC"),
  SERVICE_REQUEST("REQ");

  private final String prefix;

  TicketType(String prefix) {
    this.prefix = prefix;
  }

  /** {@code INC-000123}, {@code REQ-000045}. */
  public String number(long sequence) {
    return String.format("%s-%06d", prefix, sequence);
  }
}
