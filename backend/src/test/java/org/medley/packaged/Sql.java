package org.medley.packaged;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading a node's tables directly, and the fresh MariaDB database a multi-node test runs on. */
final class Sql {

  static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

  private Sql() {}

  /** A new, empty database named {@code prefix} and a random part. */
  static String createDatabase(String prefix) throws Exception {
    String db = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (var c = DriverManager.getConnection(SERVER, "root", "");
        var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    }
    return db;
  }

  static void dropDatabase(String db) throws Exception {
    try (var c = DriverManager.getConnection(SERVER, "root", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db);
    }
  }

  static Connection open(String db) throws Exception {
    return DriverManager.getConnection(SERVER + db, "root", "");
  }

  static long queryLong(Connection sql, String query) throws Exception {
    try (var s = sql.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static List<String> column(Connection sql, String query) throws Exception {
    List<String> values = new ArrayList<>();
    for (String[] row : rows(sql, query)) {
      values.add(row[0]);
    }
    return values;
  }

  static List<String[]> rows(Connection sql, String query) throws Exception {
    List<String[]> list = new ArrayList<>();
    try (var s = sql.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      int n = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rows.getString(i + 1);
        }
        list.add(row);
      }
    }
    return list;
  }
}
