package org.socle.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL process. With a data directory it keeps its data between runs;
 * without one (tests) it uses a throw-away directory and is shared by every application
 * context of the JVM, so cached test contexts do not each start a server.
 */
public final class EmbeddedDatabase {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static EmbeddedDatabase shared;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static synchronized EmbeddedDatabase startOrReuse(Path dataDirectory) throws IOException {
		if (dataDirectory == null) {
			if (shared == null) {
				shared = new EmbeddedDatabase(start(EmbeddedPostgres.builder()));
			}
			return shared;
		}
		Files.createDirectories(dataDirectory);
		stopOrphanedServer(dataDirectory);
		log.info("Starting embedded PostgreSQL with its data under {}", dataDirectory.toAbsolutePath());
		return new EmbeddedDatabase(start(EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toAbsolutePath())
			.setCleanDataDirectory(false)));
	}

	/**
	 * A previous run killed without a clean shutdown can leave its PostgreSQL running on
	 * our data directory, which would make this start fail: stop it first.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !Path.of(lines.get(1))
			.toAbsolutePath()
			.normalize()
			.equals(dataDirectory.toAbsolutePath().normalize())) {
			return;
		}
		ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping PostgreSQL {} left running on {} by a previous run", orphan.pid(), dataDirectory);
				orphan.destroy();
				orphan.onExit().orTimeout(30, TimeUnit.SECONDS).join();
			});
	}

	private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws IOException {
		return builder.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			.setServerConfig("fsync", "on")
			.setLocaleConfig("encoding", "UTF8")
			.start();
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, "postgres");
	}

	void close() {
		if (this == shared) {
			return; // lives as long as the JVM; zonky's shutdown hook stops it
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
