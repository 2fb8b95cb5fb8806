package org.medley.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool hands out connections with auto-commit off, and returns them rolling back whatever is
 * uncommitted: a write made outside a transaction would be lost without a trace. In tests every
 * connection is checked as it goes back; one that still holds a write (INSERT, UPDATE, DELETE) made
 * since its last commit or rollback is logged with where it was written and fails the close, so the
 * test that caused it fails too.
 */
@Singleton
@Requires(env = "test")
public class UncommittedWritesGuard implements BeanCreatedEventListener<DataSource>, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(UncommittedWritesGuard.class);

  /** Before Micronaut's transaction-aware wrapper, so that it wraps this and not the reverse. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
    DataSource pool = event.getBean();
    if (!(pool instanceof HikariDataSource)) {
      return pool;
    }
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result = invoke(pool, method, args);
          return result instanceof Connection c && method.getName().equals("getConnection")
              ? guarded(c)
              : result;
        };
    // Closeable too, so that closing the context still closes the pool.
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class, java.io.Closeable.class},
            handler);
  }

  private static final Pattern WRITE =
      Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Remembers where the first write since the last commit or rollback was made (statements are
   * watched as they run: InnoDB's own transaction table is a cache up to 0.1 s old, too stale to
   * ask).
   */
  private static Connection guarded(Connection connection) {
    AtomicReference<String> pending = new AtomicReference<>();
    InvocationHandler handler =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "commit", "rollback" -> pending.set(null);
            case "setAutoCommit" -> {
              if (Boolean.TRUE.equals(args[0])) {
                pending.set(null);
              }
            }
            case "close" -> {
              String where = pending.getAndSet(null);
              if (where != null && !connection.isClosed() && !connection.getAutoCommit()) {
                LOG.error("Uncommitted writes on a returned connection: {}", where);
                connection.close();
                throw new SQLException("Uncommitted writes on a returned connection: " + where);
              }
            }
            default -> {}
          }
          Object result = invoke(connection, method, args);
          if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
            return watched(statement, sql, pending);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Statement watched(
      Statement statement, String prepared, AtomicReference<String> pending) {
    Class<?> kind =
        statement instanceof CallableStatement
            ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("execute") || name.equals("addBatch")) {
            String sql =
                args != null && args.length > 0 && args[0] instanceof String q ? q : prepared;
            if (sql != null && WRITE.matcher(sql).find() && pending.get() == null) {
              pending.set(where(sql));
            }
          }
          return invoke(statement, method, args);
        };
    return (Statement)
        Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {kind}, handler);
  }

  private static String where(String sql) {
    String[] words = sql.strip().split("\\s+", 4);
    StringBuilder where =
        new StringBuilder(String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))));
    where.append(", at");
    StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> f.getClassName().startsWith("org.medley"))
                    .filter(f -> !f.getClassName().startsWith("org.medley.testing.Uncommitted"))
                    .limit(6)
                    .toList())
        .forEach(
            f -> where.append(' ').append(f.getClassName()).append('.').append(f.getMethodName()));
    return where.toString();
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
