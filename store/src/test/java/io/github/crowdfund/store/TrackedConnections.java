package io.github.crowdfund.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections to a real database that count how many were opened and closed, note the state each was in when it was
 * closed (as a pool sees a connection given back) and the calls of their statements' methods, and fail on a chosen
 * method of the connection or its statements while told to. Thread-safe.
 */
final class TrackedConnections implements EventLog.Connections {

  /** The state of a connection when it was closed. */
  record Returned(boolean autoCommit, boolean readOnly) {}

  private final EventLog.Connections real;
  private final AtomicInteger opened = new AtomicInteger();
  private final List<Returned> returned = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, SQLException> failures = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  TrackedConnections(EventLog.Connections real) {
    this.real = real;
  }

  /** Makes every later call of the method named (on a connection, or on a statement it prepared) throw. */
  void failOn(String method, String message) {
    failures.put(method, new SQLException(message));
  }

  /** Ends every failure asked for. */
  void heal() {
    failures.clear();
  }

  /** Returns how often the method named was called on the statements of these connections. */
  int statementCalls(String method) {
    AtomicInteger count = calls.get(method);
    return count == null ? 0 : count.get();
  }

  int opened() {
    return opened.get();
  }

  int closed() {
    return returned.size();
  }

  /** The states of the connections closed so far, in the order they were closed. */
  List<Returned> returned() {
    synchronized (returned) {
      return List.copyOf(returned);
    }
  }

  @Override
  public Connection open() throws SQLException {
    Connection connection = real.open();
    opened.incrementAndGet();
    return (Connection) Proxy.newProxyInstance(TrackedConnections.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close") && !connection.isClosed()) {
            returned.add(new Returned(connection.getAutoCommit(), connection.isReadOnly()));
          }
          failIfAsked(method);
          Object result = invoke(method, connection, args);
          if (result instanceof PreparedStatement statement) {
            return wrap(statement, PreparedStatement.class);
          }
          if (result instanceof Statement statement) {
            return wrap(statement, Statement.class);
          }
          return result;
        });
  }

  private Object wrap(Statement statement, Class<? extends Statement> type) {
    return Proxy.newProxyInstance(TrackedConnections.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
          failIfAsked(method);
          return invoke(method, statement, args);
        });
  }

  private void failIfAsked(Method method) throws SQLException {
    SQLException failure = failures.get(method.getName());
    if (failure != null) {
      throw new SQLException(failure.getMessage());
    }
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
