package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.medley.identity.InstallationKeys;

/**
 * The key partner-desk credentials are sealed with: {@code MEDLEY_SECRET_KEY} when set (see {@link
 * SecretBox#keyFrom}); otherwise the installation's own random key, made on first start and kept in
 * the database like the sign-in key, so every node and restart open what another sealed. Changing
 * the key makes the stored credentials unopenable: admins then enter them again.
 */
@Factory
class SecretKeys {

  static final String KEY_NAME = "ebonding-aes256";

  @Singleton
  SecretBox secretBox(
      InstallationKeys keys, @Nullable @Value("${medley.secret-key:}") String configured) {
    if (configured != null && !configured.isBlank()) {
      return new SecretBox(SecretBox.keyFrom(configured));
    }
    return new SecretBox(Base64.getUrlDecoder().decode(keys.key(KEY_NAME, 32)));
  }
}
