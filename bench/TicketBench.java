import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Service desk latencies against a running Socle filled by bench/generate-servicedesk.sql.
 *
 * <pre>
 * java bench/TicketBench.java baseUrl agentLogin teamId requesterLogin [requests] [creations] [accessLogDir]
 * </pre>
 *
 * Signs in as an agent of the team and as a requester (password socle-demo), creates an API
 * token for each, then measures: opening tickets with POST /api/v1/tickets by 8 concurrent
 * clients (tickets/s, p50, p95), then by one client (latency without queueing); then, one
 * request at a time, the team queue's first page,
 * the requester's list, and filtered queues (status + priority + text in the title): p50 and
 * p95 of the round trip on loopback. Every measured request carries a {@code bench=<label>}
 * query parameter (ignored by Socle); when the Tomcat access log directory is given (pattern
 * ending in {@code %D}, microseconds), the server's own times of those requests are printed
 * too.
 */
public class TicketBench {

	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	static final int CLIENTS = 8;

	static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println(
					"usage: java bench/TicketBench.java baseUrl agentLogin teamId requesterLogin [requests] [creations] [accessLogDir]");
			System.exit(2);
		}
		String base = args[0];
		String teamId = args[2];
		int requests = (args.length > 4) ? Integer.parseInt(args[4]) : 500;
		int creations = (args.length > 5) ? Integer.parseInt(args[5]) : 2000;
		Path accessLogs = (args.length > 6) ? Path.of(args[6]) : null;

		String agent = token(base, args[1]);
		String requester = token(base, args[3]);
		String api = base + "/api/v1/tickets";
		System.out.printf("team %s, agent %s, requester %s; %s%n", teamId, args[1], args[3],
				firstLine(get(api + "?mine=true&size=1", requester)));

		AtomicInteger seq = new AtomicInteger();
		Call create = (label) -> {
			int n = seq.incrementAndGet();
			String body = "{\"type\":\"" + ((n % 5 < 3) ? "INCIDENT" : "SERVICE_REQUEST")
					+ "\",\"title\":\"Banc d'essai : imprimante du poste " + n + " hors service\","
					+ "\"description\":\"Ticket ouvert par le banc d'essai TicketBench.\",\"teamId\":" + teamId
					+ ",\"impact\":" + (1 + n % 3) + ",\"urgency\":" + (1 + (n / 3) % 3) + ",\"channel\":\"PORTAL\"}";
			return send(HttpRequest.newBuilder(URI.create(api + "?bench=" + label))
				.header("Authorization", "Bearer " + requester)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		};
		measure("create ticket (POST /api/v1/tickets), 8 clients", "create", creations, CLIENTS, 201, create,
				accessLogs);
		measure("create ticket (POST /api/v1/tickets), 1 client", "create-1", Math.max(100, creations / 4), 1, 201,
				create, accessLogs);

		String queue = api + "?teamId=" + teamId + "&open=true";
		measure("team queue, first page (teamId + open, default sort)", "queue", requests, 1, 200,
				(label) -> send(getRequest(queue + "&bench=" + label, agent)), accessLogs);
		measure("requester's \"my tickets\", first page (?mine=true)", "mine", requests, 1, 200,
				(label) -> send(getRequest(api + "?mine=true&bench=" + label, requester)), accessLogs);
		String filtered = api + "?status=IN_PROGRESS&priority=3&q=imprimante";
		measure("filtered queue: status IN_PROGRESS + priority 3 + 'imprimante'", "filtered", requests, 1, 200,
				(label) -> send(getRequest(filtered + "&bench=" + label, agent)), accessLogs);
		String history = api + "?status=CLOSED&priority=3&q=imprimante";
		measure("filtered queue: status CLOSED + priority 3 + 'imprimante'", "filtered-closed", requests, 1, 200,
				(label) -> send(getRequest(history + "&bench=" + label, agent)), accessLogs);
		System.out.printf("(client times: loopback round trip, JSON read in full; one request at a time for the lists)%n");
	}

	interface Call {

		int status(String label) throws Exception;

	}

	static void measure(String title, String label, int requests, int clients, int expected, Call call,
			Path accessLogs) throws Exception {
		int warmUp = Math.max(50, requests / 5);
		runClients(warmUp, clients, expected, () -> call.status("warmup"));
		long start = System.nanoTime();
		List<Long> all = runClients(requests, clients, expected, () -> call.status(label));
		double seconds = (System.nanoTime() - start) / 1e9;
		Collections.sort(all);
		System.out.printf("%s: %.0f requests/s, p50 %.1f ms, p95 %.1f ms (%d requests, %d client%s)%n", title,
				all.size() / seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.95) / 1e6, all.size(), clients,
				(clients > 1) ? "s" : "");
		if (accessLogs != null) {
			List<Long> server = serverTimes(accessLogs, label);
			if (!server.isEmpty()) {
				System.out.printf("    server time (Tomcat access log): p50 %.1f ms, p95 %.1f ms (%d requests)%n",
						percentile(server, 0.50) / 1e3, percentile(server, 0.95) / 1e3, server.size());
			}
		}
	}

	interface Timed {

		int status() throws Exception;

	}

	static List<Long> runClients(int requests, int clients, int expected, Timed call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] latencies = new long[requests / clients];
				for (int i = 0; i < latencies.length; i++) {
					long t = System.nanoTime();
					int status = call.status();
					latencies[i] = System.nanoTime() - t;
					if (status != expected) {
						throw new IllegalStateException("HTTP " + status);
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		try {
			for (Future<long[]> f : futures) {
				for (long l : f.get()) {
					all.add(l);
				}
			}
		}
		finally {
			pool.shutdown();
		}
		return all;
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
	}

	/** Server times (µs) of the requests with this label, from the access log's last column. */
	static List<Long> serverTimes(Path dir, String label) throws IOException {
		Pattern tag = Pattern.compile("[?&]bench=" + Pattern.quote(label) + "(?:[& ]|$)");
		List<Long> times = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					if (tag.matcher(line).find()) {
						times.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1).strip()));
					}
				}
			}
		}
		Collections.sort(times);
		return times;
	}

	static int send(HttpRequest request) throws Exception {
		HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (answer.statusCode() >= 400) {
			System.err.println(new String(answer.body(), StandardCharsets.UTF_8));
		}
		return answer.statusCode();
	}

	static HttpRequest getRequest(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
	}

	static String get(String url, String token) throws Exception {
		return HTTP.send(getRequest(url, token), HttpResponse.BodyHandlers.ofString()).body();
	}

	static String firstLine(String pageJson) {
		return "the requester's own tickets: " + find(Pattern.compile("\"totalElements\":(\\d+)"), pageJson)
				+ " tickets";
	}

	/** Signs in with the form and creates a personal API token; returns its secret. */
	static String token(String base, String login) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = find(CSRF_INPUT,
				http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
					.body());
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=socle-demo&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed for " + login + ": " + answer.statusCode());
		}
		String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", find(CSRF_META, home))
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ticket-bench-" + System.nanoTime() + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return find(Pattern.compile("\"secret\":\"([^\"]+)\""), created);
	}

	static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + pattern);
		}
		return m.group(1);
	}

}
