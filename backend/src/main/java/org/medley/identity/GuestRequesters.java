package org.medley.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * People the hospital does not know yet who write to its support mailbox, when the mailbox opens
 * their tickets rather than refusing them: each gets an end-user account of the hospital, named by
 * their address, that cannot sign in until an admin sends a set-password link, but that tickets,
 * comments and notices can point at.
 */
public interface GuestRequesters {

  /**
   * The account of {@code email} in the tenant: the existing one (enabled) when the address or
   * sign-in name is known there, else a new guest account. Refused ({@link
   * org.medley.platform.Refused}) when the address belongs to another tenant or a disabled account.
   */
  long guest(long tenantId, String email, @Nullable String name);
}
