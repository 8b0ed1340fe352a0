package org.socle.servicedesk.sla;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.socle.SocleApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the whole application in the test's JVM, against the database of
 * the test's own context (its URL and account): another node of a cluster. It listens on
 * a free port, loads no demo data and schedules no job (tests call the jobs). Close it at
 * the end of the test.
 */
final class SecondNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts a node on the database that the data source reaches. */
	static SecondNode on(DataSource dataSource) throws java.sql.SQLException {
		HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
		// Command-line arguments: they win over application.properties (demo data on).
		String[] args = { "--spring.datasource.url=" + hikari.getJdbcUrl(),
				"--spring.datasource.username=" + hikari.getUsername(),
				"--spring.datasource.password=" + ((hikari.getPassword() != null) ? hikari.getPassword() : ""),
				"--spring.datasource.hikari.maximum-pool-size=5", "--server.port=0", "--socle.demo-data=false",
				"--socle.jobs.enabled=false", "--socle.servicedesk.attachments.dir=target/test-attachments",
				"--spring.main.banner-mode=off", "--logging.level.org.hibernate=WARN",
				"--logging.level.org.springframework=WARN", "--logging.level.org.socle=WARN",
				"--logging.level.org.apache=WARN", "--logging.level.com.zaxxer=WARN" };
		return new SecondNode(new SpringApplicationBuilder(SocleApplication.class).web(WebApplicationType.SERVLET)
			.registerShutdownHook(false)
			.run(args));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
