import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Matching a safety notice across the whole register, with exactly the SQL Socle runs
 * (src/main/resources/inventory/notice-matches.sql and notice-record.sql, as NoticeMatcher reads
 * them), against the PostgreSQL server's socle_bench filled by bench/generate-inventory.sql.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar bench/NoticeMatchBench.java [runs] [jdbcUrl]
 * </pre>
 *
 * Everything happens in one transaction that is rolled back at the end, so socle_bench is left as it
 * was: when the register lacks V94's keys (Socle has not been started on it since V94), the
 * migration is applied first (then ANALYZE); bench/generate-inventory-notices.sql adds the notice (2
 * device identifiers, 10 serial ranges, 50 lots). Then, after 3 warm-up runs, {@code runs} times
 * each: the matching query alone, and the whole recording statement (the first recording writes the
 * affected rows, the next ones find them there). Prints p50, p95 and max in milliseconds.
 */
public class NoticeMatchBench {

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		String url = (args.length > 1) ? args[1] : "jdbc:postgresql://127.0.0.1:5432/socle_bench?user=postgres";
		String matches = withoutComments(Files.readString(Path.of("src/main/resources/inventory/notice-matches.sql")));
		String record = withoutComments(Files.readString(Path.of("src/main/resources/inventory/notice-record.sql")))
			.replace("/*MATCHES*/", matches);
		try (Connection db = DriverManager.getConnection(url)) {
			db.setAutoCommit(false);
			try (Statement s = db.createStatement()) {
				long assets = single(s, "select count(*) from inv_asset");
				if (single(s, "select count(*) from information_schema.columns where table_name = 'inv_asset'"
						+ " and column_name = 'serial_key'") == 0) {
					long start = System.nanoTime();
					s.execute(Files.readString(Path.of("src/main/resources/db/migration/V94__inventory_safety_notices.sql")));
					s.execute("analyze inv_asset");
					System.out.printf("V94 applied in this transaction (rolled back at the end): %.1f s%n",
							(System.nanoTime() - start) / 1e9);
				}
				s.execute(Files.readString(Path.of("bench/generate-inventory-notices.sql")));
				long notice = single(s, "select id from inv_safety_notice where reference = 'BENCH-NOTICE-MATCH'"
						+ " order by id desc limit 1");
				System.out.printf("register: %d assets; notice %d: %s%n", assets, notice, string(s,
						"select string_agg(kind || ' ' || n, ', ') from (select kind, count(*) n from"
								+ " inv_safety_notice_criterion where notice_id = " + notice + " group by kind) k"));
				PreparedStatement match = db.prepareStatement(matches.replace(":notice", "?"));
				int parameters = match.getParameterMetaData().getParameterCount();
				for (int i = 1; i <= parameters; i++) {
					match.setLong(i, notice);
				}
				PreparedStatement recording = db.prepareStatement(positional(record));
				bind(recording, record, notice);
				for (int i = 0; i < 3; i++) {
					count(match);
				}
				System.out.printf("matched: %d assets%n", count(match));
				report("matching query", runs, () -> count(match));
				report("matching and recording", runs, () -> {
					try (ResultSet rs = recording.executeQuery()) {
						rs.next();
						return rs.getInt(1);
					}
				});
				System.out.println("affected rows recorded: " + single(s,
						"select count(*) from inv_affected_asset where notice_id = " + notice) + "; certain: "
						+ single(s, "select count(*) from inv_affected_asset where notice_id = " + notice
								+ " and confirmation = 'NOT_NEEDED'"));
				try (ResultSet plan = s.executeQuery("explain (analyze, buffers off) " + matches.replace(":notice",
						String.valueOf(notice)))) {
					List<String> lines = new ArrayList<>();
					while (plan.next()) {
						lines.add(plan.getString(1));
					}
					System.out.println(lines.get(lines.size() - 1));
				}
			}
			finally {
				db.rollback();
			}
		}
	}

	interface Run {

		int run() throws Exception;

	}

	static void report(String label, int runs, Run run) throws Exception {
		List<Double> times = new ArrayList<>();
		int rows = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			rows = run.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		System.out.printf("%s: %d runs, %d rows, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", label, runs, rows,
				times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1),
				times.get(times.size() - 1));
	}

	static int count(PreparedStatement statement) throws Exception {
		int rows = 0;
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				rows++;
			}
		}
		return rows;
	}

	/** The text without its comment lines (which name the parameters too). */
	static String withoutComments(String sql) {
		return sql.replaceAll("(?m)^\\s*--.*$", "");
	}

	/** The named parameters of Socle's SQL as JDBC's "?" (casts "::" left alone). */
	static String positional(String sql) {
		return sql.replaceAll("(?<!:):(notice|now|by)\\b", "?");
	}

	static void bind(PreparedStatement statement, String sql, long notice) throws Exception {
		var matcher = java.util.regex.Pattern.compile("(?<!:):(notice|now|by)\\b").matcher(sql);
		int i = 1;
		while (matcher.find()) {
			switch (matcher.group(1)) {
				case "notice" -> statement.setLong(i++, notice);
				case "now" -> statement.setTimestamp(i++, Timestamp.from(Instant.now()));
				default -> statement.setString(i++, "bench");
			}
		}
	}

	static long single(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String string(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
