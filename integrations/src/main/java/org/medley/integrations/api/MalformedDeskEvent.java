package org.medley.integrations.api;

/** A webhook body this protocol cannot read; the caller answers 400 and writes nothing. */
public class MalformedDeskEvent extends RuntimeException {

  public MalformedDeskEvent(String message) {
    super(message);
  }
}
