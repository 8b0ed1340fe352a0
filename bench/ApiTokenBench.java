import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much an API token costs per request, against a running Socle.
 *
 * <pre>
 * java bench/ApiTokenBench.java [baseUrl] [requests] [clients]
 * </pre>
 *
 * Prints: the in-process cost of the SHA-256 digest that checks a token; the latency of a form
 * sign-in (which checks a bcrypt password hash); and GET /api/v1/establishments/{id} with 8 clients,
 * authenticated by a Bearer token and by a session cookie (requests/s, p50, p95).
 */
public class ApiTokenBench {

	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://localhost:8080";
		int requests = (args.length > 1) ? Integer.parseInt(args[1]) : 4000;
		int clients = (args.length > 2) ? Integer.parseInt(args[2]) : 8;

		digestCost();
		HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		List<Long> signIns = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			long start = System.nanoTime();
			signIn(fresh, base);
			signIns.add(System.nanoTime() - start);
		}
		signIn(session, base);
		Collections.sort(signIns);
		System.out.printf("form sign-in (GET /login + POST /login, bcrypt check): p50 %.1f ms over 10%n",
				signIns.get(5) / 1e6);

		String home = get(session, base + "/").body();
		String csrf = find(CSRF_META, home);
		String created = session.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		String secret = find(Pattern.compile("\"secret\":\"([^\"]+)\""), created);
		String list = get(session, base + "/api/v1/establishments?size=1").body();
		String id = find(Pattern.compile("\"id\":(\\d+)"), list);
		String url = base + "/api/v1/establishments/" + id;

		HttpClient plain = HttpClient.newHttpClient();
		run("Bearer token ", requests, clients, () -> plain.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secret).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode());
		run("session cookie", requests, clients, () -> session.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode());
	}

	interface Call {

		int status() throws Exception;

	}

	static void run(String label, int requests, int clients, Call call) throws Exception {
		for (int i = 0; i < 200; i++) {
			call.status(); // warm-up
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] latencies = new long[requests / clients];
				for (int i = 0; i < latencies.length; i++) {
					long t = System.nanoTime();
					int status = call.status();
					latencies[i] = System.nanoTime() - t;
					if (status != 200) {
						throw new IllegalStateException("HTTP " + status);
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> f : futures) {
			for (long l : f.get()) {
				all.add(l);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		Collections.sort(all);
		System.out.printf("GET one establishment, %s, %d clients: %.0f requests/s, p50 %.2f ms, p95 %.2f ms (%d requests)%n",
				label, clients, all.size() / seconds, all.get(all.size() / 2) / 1e6,
				all.get((int) (all.size() * 0.95)) / 1e6, all.size());
	}

	static void digestCost() throws Exception {
		byte[] secret = "socle_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG".getBytes(StandardCharsets.UTF_8);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		int n = 200_000;
		for (int i = 0; i < n; i++) {
			sha256.digest(secret); // warm-up
		}
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			sha256.digest(secret);
		}
		System.out.printf("SHA-256 digest of a token secret: %.2f µs%n", (System.nanoTime() - start) / 1e3 / n);
	}

	static void signIn(HttpClient http, String base) throws Exception {
		String csrf = find(CSRF_INPUT, get(http, base + "/login").body());
		String form = "username=admin&password=socle-demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + answer.statusCode());
		}
	}

	static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + pattern);
		}
		return m.group(1);
	}

}
