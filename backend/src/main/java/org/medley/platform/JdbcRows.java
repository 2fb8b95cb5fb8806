package org.medley.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * JDBC plumbing for the stores that write their SQL by hand: binding nullable parameters, reading
 * nullable columns, a one-row INSERT's generated key and the {@code ?} list of an {@code IN (…)}.
 * Instants are bound and read as UTC {@link Timestamp}s (see {@link UtcStorage}).
 */
public final class JdbcRows {

  private JdbcRows() {}

  /** Binds {@code parameters} from index 1 on, each as {@link #bind} does. */
  public static void bindAll(PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      bind(statement, i + 1, parameters[i]);
    }
  }

  /** Binds {@code parameters} from index 1 on, each as {@link #bind} does. */
  public static void bindAll(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      bind(statement, i + 1, parameters.get(i));
    }
  }

  /** A null as SQL NULL, an {@link Instant} as a timestamp, an enum constant by its name. */
  public static void bind(PreparedStatement statement, int index, @Nullable Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof Instant instant) {
      statement.setTimestamp(index, Timestamp.from(instant));
    } else if (value instanceof Enum<?> constant) {
      statement.setString(index, constant.name());
    } else {
      statement.setObject(index, value);
    }
  }

  public static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
    return instant(rows.getTimestamp(column));
  }

  public static @Nullable Instant instant(ResultSet rows, int column) throws SQLException {
    return instant(rows.getTimestamp(column));
  }

  private static @Nullable Instant instant(@Nullable Timestamp value) {
    return value == null ? null : value.toInstant();
  }

  public static @Nullable Long nullableLong(ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  public static @Nullable Long nullableLong(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  public static @Nullable Integer nullableInt(ResultSet rows, String column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  public static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  /** Runs an INSERT of one row and returns the key the database generated for it. */
  public static long insert(JdbcOperations jdbc, String sql, List<?> parameters) {
    return jdbc.execute(connection -> insert(connection, sql, parameters));
  }

  /** Like {@link #insert(JdbcOperations, String, List)}, on a connection the caller holds. */
  public static long insert(Connection connection, String sql, List<?> parameters)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bindAll(statement, parameters);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** {@code ?,?,?} for three values, to go inside {@code IN (…)}. */
  public static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }
}
