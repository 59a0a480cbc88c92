package org.kjt.approvals.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Finds writes that would be lost. The pool hands out connections with auto-commit off
 * (one statement less on each side of every transaction), so a write made outside a
 * transaction is rolled back when its connection goes back to the pool: nothing fails,
 * and the write is gone. In every test context the data source is watched: a connection
 * closed with a write neither committed nor rolled back is recorded with the statement
 * and where it was made, and the test class that saw it fails. Registered in
 * {@code META-INF/spring.factories}.
 */
public class UncommittedWrites
		implements ApplicationContextInitializer<ConfigurableApplicationContext>, TestExecutionListener {

	private static final List<String> lost = new CopyOnWriteArrayList<>();

	private static final Pattern WRITE = Pattern.compile("^(?:\\s|/\\*.*?\\*/)*(insert|update|delete|merge|replace)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Set<String> ENDS = Set.of("commit", "rollback");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Watched)) ? new Watched(dataSource)
						: bean;
			}
		});
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		List<String> seen = drain();
		if (!seen.isEmpty()) {
			throw new AssertionError("Writes made outside a transaction, rolled back when their connection closed:\n"
					+ String.join("\n\n", seen));
		}
	}

	/**
	 * The writes lost since the last look, forgotten once read.
	 * @return each write with where it was made
	 */
	static List<String> drain() {
		List<String> seen = List.copyOf(lost);
		lost.removeAll(seen);
		return seen;
	}

	/**
	 * The lost writes whose statement or place contains a marker, forgotten once read;
	 * the others stay for the test class that made them.
	 * @param marker e.g. a value only one test writes
	 * @return each such write with where it was made
	 */
	static List<String> take(String marker) {
		List<String> seen = lost.stream().filter((write) -> write.contains(marker)).toList();
		lost.removeAll(seen);
		return seen;
	}

	static boolean isWrite(String sql) {
		return WRITE.matcher(sql).find();
	}

	/** The data source with each connection watched. */
	private static final class Watched extends DelegatingDataSource {

		Watched(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return watch(obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return watch(obtainTargetDataSource().getConnection(username, password));
		}

		private static Connection watch(Connection connection) {
			return (Connection) Proxy.newProxyInstance(UncommittedWrites.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionWatch(connection));
		}

	}

	/** One connection: the first write since its last commit or rollback, if any. */
	private static final class ConnectionWatch implements InvocationHandler {

		private final Connection target;

		private Exception pending;

		ConnectionWatch(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if ((name.startsWith("prepare")) && args != null && args[0] instanceof String sql) {
				wrote(sql);
			}
			if (ENDS.contains(name) || (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]))) {
				this.pending = null;
			}
			if (name.equals("close") && this.pending != null && !this.target.isClosed()
					&& !this.target.getAutoCommit()) {
				lost.add(this.pending.getMessage() + "\n" + stack(this.pending));
				this.pending = null;
			}
			Object result = call(method, args);
			if (name.equals("createStatement") && result instanceof Statement statement) {
				return Proxy.newProxyInstance(UncommittedWrites.class.getClassLoader(),
						new Class<?>[] { Statement.class }, (p, m, a) -> {
							if (a != null && a.length > 0 && a[0] instanceof String sql
									&& (m.getName().startsWith("execute") || m.getName().equals("addBatch"))) {
								wrote(sql);
							}
							return call(statement, m, a);
						});
			}
			return result;
		}

		private void wrote(String sql) {
			if (this.pending == null && isWrite(sql)) {
				this.pending = new Exception(sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
			}
		}

		private Object call(Method method, Object[] args) throws Throwable {
			return call(this.target, method, args);
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

		private static String stack(Exception where) {
			StringBuilder text = new StringBuilder();
			for (StackTraceElement frame : where.getStackTrace()) {
				if (frame.getClassName().startsWith("org.kjt.")) {
					text.append("\tat ").append(frame).append('\n');
				}
			}
			return text.toString();
		}

	}

}
