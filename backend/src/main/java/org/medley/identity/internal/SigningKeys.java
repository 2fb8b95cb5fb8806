package org.medley.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The built-in issuer's HS256 key. {@code MEDLEY_JWT_SECRET} wins; otherwise a random key is made
 * on first start and kept in the database, so restarts keep sessions and every node signs alike.
 */
@Factory
@Requires(missingProperty = "medley.oidc.issuer")
class SigningKeys {

  private static final String KEY_NAME = "builtin-hs256";

  @Singleton
  @Named("generator")
  SignatureGeneratorConfiguration builtinSignature(
      DataSource dataSource,
      io.micronaut.jdbc.DataSourceResolver resolver,
      Clock clock,
      @Nullable @Value("${medley.jwt-secret:}") String secret)
      throws SQLException {
    String key =
        secret == null || secret.isBlank()
            ? storedKey(resolver.resolve(dataSource), clock)
            : checked(secret);
    var config = new SecretSignatureConfiguration("builtin");
    config.setSecret(key);
    config.setBase64(false);
    config.setJwsAlgorithm(JWSAlgorithm.HS256);
    return new SecretSignature(config);
  }

  /** HS256 needs a key of at least 256 bits; a shorter one would fail at the first sign-in. */
  static String checked(String secret) {
    if (secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
      throw new IllegalStateException("MEDLEY_JWT_SECRET must be at least 32 bytes long");
    }
    return secret;
  }

  private static String storedKey(DataSource dataSource, Clock clock) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return StoredInstallationKeys.key(connection, KEY_NAME, 48, clock);
    }
  }
}
