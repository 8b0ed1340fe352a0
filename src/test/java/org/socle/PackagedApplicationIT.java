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
		Path jar = Path.of(System.getProperty("socle.jar", "target/socle.jar"));
		assertThat(jar).exists();
		Path dataDir = Files.createTempDirectory("socle-it-data");
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.process = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
				"--socle.embedded-db.data-dir=" + dataDir.resolve("postgres"))
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "packaged-app.log").toFile())
			.start();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		String base = "http://localhost:" + port;

		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> this.process.isAlive() && get(http, base + "/login").statusCode() == 200);

		String loginPage = get(http, base + "/login").body();
		Matcher csrf = CSRF.matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=admin&password=socle-demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Bonjour").contains("Établissements");
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
