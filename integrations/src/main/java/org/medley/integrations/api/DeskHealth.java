package org.medley.integrations.api;

/**
 * The answer to "can Medley reach this desk with these credentials?".
 *
 * @param ok the desk answered and accepted the credentials
 * @param detail what was checked, or what failed, in words an admin can act on
 * @param millis how long the check took
 */
public record DeskHealth(boolean ok, String detail, long millis) {}
