package org.socle;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the packaged application the way the README runs it (its own embedded PostgreSQL,
 * demo data) and signs in as the demo administrator.
 */
class PackagedApplicationIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private Process process;

	private String base;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

	@Test
	void thePackagedApplicationStartsWithDemoDataAndTheAdministratorSignsIn() throws Exception {
		HttpClient http = start(Map.of());
		HttpResponse<String> home = signIn(http, "admin", "socle-demo");
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Bonjour").contains("Établissements");
	}

	@Test
	void withoutDemoDataTheFirstRunSettingsCreateTheFirstAdministrator() throws Exception {
		HttpClient http = start(Map.of("SOCLE_DEMO_DATA", "false", "SOCLE_SETUP_GROUP_NAME", "GHT Essai",
				"SOCLE_SETUP_GROUP_SHORT_NAME", "GHT-E", "SOCLE_SETUP_ESTABLISHMENT_NAME", "CHU Essai",
				"SOCLE_SETUP_LEGAL_FINESS", "330781196", "SOCLE_SETUP_GEOGRAPHIC_FINESS", "750712184",
				"SOCLE_SETUP_ADMIN_LOGIN", "premier.admin", "SOCLE_SETUP_ADMIN_PASSWORD", "un-mot-de-passe-solide",
				"SOCLE_SETUP_ADMIN_FIRST_NAME", "Ada", "SOCLE_SETUP_ADMIN_LAST_NAME", "Admin"));
		HttpResponse<String> home = signIn(http, "premier.admin", "un-mot-de-passe-solide");
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Bonjour Ada Admin");
		assertThat(get(http, this.base + "/directory/establishments").body()).contains("CHU Essai")
			.doesNotContain("CHU de Valmont");
	}

	/**
	 * Starts the jar on a free port with its own embedded database, and waits until it
	 * serves.
	 */
	private HttpClient start(Map<String, String> environment) throws Exception {
		Path jar = Path.of(System.getProperty("socle.jar", "target/socle.jar"));
		assertThat(jar).exists();
		Path dataDir = Files.createTempDirectory("socle-it-data");
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
				"--socle.embedded-db.data-dir=" + dataDir.resolve("postgres"))
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "packaged-app-" + port + ".log").toFile());
		builder.environment().putAll(environment);
		this.process = builder.start();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		this.base = "http://localhost:" + port;
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> this.process.isAlive() && get(http, this.base + "/login").statusCode() == 200);
		return http;
	}

	private HttpResponse<String> signIn(HttpClient http, String login, String password) throws Exception {
		Matcher csrf = CSRF.matcher(get(http, this.base + "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + login + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer;
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
