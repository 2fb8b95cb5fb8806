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
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
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
      String existing = read(connection);
      if (existing != null) {
        return existing;
      }
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO signing_keys (name, secret, created_at) VALUES (?, ?, ?)")) {
        insert.setString(1, KEY_NAME);
        insert.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        insert.setTimestamp(3, Timestamp.from(clock.instant()));
        insert.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException raced) {
        // another node made the key first: use theirs
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return read(connection);
    }
  }

  private static String read(java.sql.Connection connection) throws SQLException {
    try (var select =
        connection.prepareStatement("SELECT secret FROM signing_keys WHERE name = ?")) {
      select.setString(1, KEY_NAME);
      try (var rs = select.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
