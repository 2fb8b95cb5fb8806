package org.medley.integrations.api;

/**
 * The desk's acknowledgement of a delivered update.
 *
 * @param externalId the desk's id of the ticket (for CREATE: the new one)
 * @param display how people name it, e.g. {@code #1234}, {@code INC0010001}, {@code HSD-12}
 */
public record DeskReceipt(String externalId, String display) {}
