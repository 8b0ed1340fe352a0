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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Service levels at volume, against a running Socle filled by bench/generate-servicedesk.sql and
 * bench/generate-servicelevels.sql.
 *
 * <pre>
 * java bench/ServiceLevelBench.java baseUrl adminLogin agentLogin teamId year month [sweeps] [reports] [accessLogDir]
 * </pre>
 *
 * Signs in as the group administrator and as an agent of the team (password socle-demo), creates an
 * API token for each, then, one request at a time:
 * <ol>
 * <li>the SLA sweep over all open tickets, {@code POST /api/v1/sla/sweep}: its first run (which
 * escalates what the generator left for it), then {@code sweeps} more runs that should find nothing
 * new (min, p50, max of the round trip, of the server's time and of the sweep's own time);</li>
 * <li>the group's monthly report for a year, {@code GET /api/v1/reports/monthly?year=}, as the
 * administrator;</li>
 * <li>the team's service report, {@code GET /api/v1/reports/service?teamId=&from=&to=}, for one
 * month and for the year, as the agent;</li>
 * <li>the team's queue of open tickets sorted by resolution due date, as the agent;</li>
 * </ol>
 * each once cold, then {@code reports} times (p50, p95 of the round trip and of the server's
 * time). An endpoint that answers 404 is reported "not available". Last, the due dates of the team's
 * open tickets' running clocks are checked against the application's own calendar arithmetic
 * ({@code GET /api/v1/calendars/{id}/due}). Every measured request carries {@code bench=<label>}
 * (ignored by Socle); with the Tomcat access log directory (pattern ending in {@code %D},
 * microseconds), server times are read from it.
 */
public class ServiceLevelBench {

	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static Path accessLogs;

	public static void main(String[] args) throws Exception {
		if (args.length < 6) {
			System.err.println("usage: java bench/ServiceLevelBench.java baseUrl adminLogin agentLogin teamId year month"
					+ " [sweeps] [reports] [accessLogDir]");
			System.exit(2);
		}
		String base = args[0];
		String teamId = args[3];
		int year = Integer.parseInt(args[4]);
		YearMonth month = YearMonth.parse(args[5]);
		int sweeps = (args.length > 6) ? Integer.parseInt(args[6]) : 10;
		int reports = (args.length > 7) ? Integer.parseInt(args[7]) : 20;
		accessLogs = (args.length > 8) ? Path.of(args[8]) : null;

		String admin = token(base, args[1]);
		String agent = token(base, args[2]);
		System.out.printf("admin %s; team %s, agent %s; year %d, month %s%n", args[1], teamId, args[2], year, month);

		sweeps(base + "/api/v1/sla/sweep", admin, sweeps);

		String publish = System.getenv("PUBLISH_MONTHS");
		if (publish != null && !publish.isBlank()) {
			publish(base, admin, publish.trim());
		}

		report("group's monthly report, year " + year + " (GET /api/v1/reports/monthly, administrator)", "monthly",
				base + "/api/v1/reports/monthly?year=" + year, admin, reports);
		String service = base + "/api/v1/reports/service?teamId=" + teamId;
		report("team's report, month " + month + " (GET /api/v1/reports/service, agent)", "team-month",
				service + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), agent, reports);
		report("team's report, year " + year + " (GET /api/v1/reports/service, agent)", "team-year",
				service + "&from=" + LocalDate.of(year, 1, 1) + "&to=" + LocalDate.of(year, 12, 31), agent, reports);

		String byDue = base + "/api/v1/tickets?teamId=" + teamId + "&open=true&sort=resolutionDueAt,asc";
		report("team queue sorted by resolution due date (GET /api/v1/tickets, agent)", "queue-due", byDue, agent,
				reports);

		checkDueDates(byDue + "&size=50", base, teamId, agent);
	}

	/** The first sweep, then more that should find nothing new. */
	static void sweeps(String url, String admin, int runs) throws Exception {
		Answer first = send(post(url + "?bench=sweep-first", admin));
		if (first.status() == 404) {
			System.out.println("SLA sweep (POST /api/v1/sla/sweep): not available");
			return;
		}
		expect(first, 200);
		System.out.printf("SLA sweep, first run: %s; round trip %.1f ms%s%n", first.body(), first.nanos() / 1e6,
				serverSuffix("sweep-first"));
		List<Long> client = new ArrayList<>();
		List<Long> own = new ArrayList<>();
		long atRisk = 0;
		long breached = 0;
		long escalations = 0;
		String last = "";
		for (int i = 0; i < runs; i++) {
			Answer again = expect(send(post(url + "?bench=sweep-again", admin)), 200);
			client.add(again.nanos() / 1000);
			own.add(Long.parseLong(find(Pattern.compile("\"millis\":(\\d+)"), again.body())) * 1000);
			atRisk += Long.parseLong(find(Pattern.compile("\"atRisk\":(\\d+)"), again.body()));
			breached += Long.parseLong(find(Pattern.compile("\"breached\":(\\d+)"), again.body()));
			escalations += Long.parseLong(find(Pattern.compile("\"escalationsProcessed\":(\\d+)"), again.body()));
			last = again.body();
		}
		Collections.sort(client);
		Collections.sort(own);
		System.out.printf("SLA sweep, %d more runs: round trip %s; sweep's own time %s%n", runs, minMedianMax(client),
				minMedianMax(own));
		List<Long> server = serverTimes("sweep-again", runs);
		if (!server.isEmpty()) {
			System.out.printf("    server time (Tomcat access log): %s%n", minMedianMax(server));
		}
		System.out.printf("    found in those runs: %d at risk, %d breached, %d escalations processed; last: %s%n", atRisk,
				breached, escalations, last);
	}

	/** A report: once cold, then measured. */
	static void report(String title, String label, String url, String token, int runs) throws Exception {
		Answer cold = send(get(url + "&bench=" + label + "-cold", token));
		if (cold.status() == 404) {
			System.out.printf("%s: not available (404)%n", title);
			return;
		}
		if (cold.status() != 200) {
			System.out.printf("%s: HTTP %d %s%n", title, cold.status(), abbreviate(cold.body()));
			return;
		}
		System.out.printf("%s: first request %.1f ms%s, %d bytes%n", title, cold.nanos() / 1e6, serverSuffix(label + "-cold"),
				cold.body().length());
		List<Long> client = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			client.add(expect(send(get(url + "&bench=" + label, token)), 200).nanos() / 1000);
		}
		Collections.sort(client);
		System.out.printf("    then %d requests: p50 %.1f ms, p95 %.1f ms (client)", runs, percentile(client, 0.50) / 1e3,
				percentile(client, 0.95) / 1e3);
		List<Long> server = serverTimes(label, runs);
		if (!server.isEmpty()) {
			System.out.printf("; p50 %.1f ms, p95 %.1f ms (server)", percentile(server, 0.50) / 1e3,
					percentile(server, 0.95) / 1e3);
		}
		System.out.println();
	}

	static final Pattern TICKET_ID = Pattern.compile("\"id\":(\\d+),\"number\"");

	/**
	 * The running clocks of the team's open tickets (the first of its queue by due date) that have
	 * consumed nothing yet: their due date must be the calendar's "start + target".
	 */
	static void checkDueDates(String queueUrl, String base, String teamId, String agent) throws Exception {
		Answer queue = send(get(queueUrl, agent));
		if (queue.status() != 200) {
			System.out.printf("due dates: queue answered HTTP %d%n", queue.status());
			return;
		}
		int checked = 0;
		List<String> wrong = new ArrayList<>();
		Matcher ids = TICKET_ID.matcher(queue.body());
		while (ids.find()) {
			String clocks = expect(send(get(base + "/api/v1/tickets/" + ids.group(1) + "/sla-clocks", agent)), 200).body();
			for (String clock : clocks.split("\\},\\{")) {
				String since = field(clock, "runningSince");
				String calendar = field(clock, "calendarId");
				if (since == null || calendar == null || !clock.contains("\"consumedSeconds\":0,")
						|| !clock.contains("\"current\":true")) {
					continue;
				}
				String url = base + "/api/v1/calendars/" + calendar + "/due?from="
						+ URLEncoder.encode(since, StandardCharsets.UTF_8) + "&minutes=" + field(clock, "targetMinutes");
				String due = field(expect(send(get(url, agent)), 200).body(), "due");
				checked++;
				if (!Instant.parse(due).equals(Instant.parse(field(clock, "dueAt")))) {
					wrong.add("ticket " + ids.group(1) + " " + field(clock, "kind") + ": stored " + field(clock, "dueAt")
							+ ", calendar " + due);
				}
			}
		}
		System.out.printf("due dates of running clocks (team %s's open tickets) against the application's calendar: "
				+ "%d checked, %d differ%s%n", teamId, checked, wrong.size(), wrong.isEmpty() ? "" : " " + wrong);
	}

	/** A field's value in a flat JSON object (string or number), or null. */
	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|(-?[\\d.]+))").matcher(json);
		if (!m.find()) {
			return null;
		}
		return (m.group(1) != null) ? m.group(1) : m.group(2);
	}

	record Answer(int status, String body, long nanos) {
	}

	static Answer send(HttpRequest request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(answer.statusCode(), answer.body(), System.nanoTime() - start);
	}

	static Answer expect(Answer answer, int status) {
		if (answer.status() != status) {
			throw new IllegalStateException("HTTP " + answer.status() + ": " + abbreviate(answer.body()));
		}
		return answer;
	}

	/**
	 * Publishes the monthly figures of the months from:to (POST /api/v1/reports/publications),
	 * a year at most per call, and prints what each call wrote and how long it took.
	 */
	static void publish(String base, String admin, String span) throws Exception {
		YearMonth from = YearMonth.parse(span.substring(0, span.indexOf(':')));
		YearMonth to = YearMonth.parse(span.substring(span.indexOf(':') + 1));
		for (YearMonth first = from; !first.isAfter(to); first = first.plusMonths(12)) {
			YearMonth last = first.plusMonths(11).isAfter(to) ? to : first.plusMonths(11);
			Answer answer = expect(send(post(base + "/api/v1/reports/publications?from=" + first + "&to=" + last
					+ "&bench=publish", admin)), 200);
			long written = Pattern.compile("\"written\":true").matcher(answer.body()).results().count();
			long cells = Pattern.compile("\"cells\":(\\d+)")
				.matcher(answer.body())
				.results()
				.mapToLong(r -> Long.parseLong(r.group(1)))
				.sum();
			System.out.printf("monthly figures published, %s to %s (POST /api/v1/reports/publications): %d months"
					+ " written, %d cells in all; %.1f ms%n", first, last, written, cells, answer.nanos() / 1e6);
		}
	}

	static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	static HttpRequest get(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
	}

	static HttpRequest post(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
	}

	static String minMedianMax(List<Long> sortedMicros) {
		return String.format("min %.1f ms, p50 %.1f ms, max %.1f ms", sortedMicros.get(0) / 1e3,
				percentile(sortedMicros, 0.50) / 1e3, sortedMicros.get(sortedMicros.size() - 1) / 1e3);
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
	}

	static String serverSuffix(String label) throws Exception {
		List<Long> server = serverTimes(label, 1);
		return server.isEmpty() ? "" : String.format(" (server %.1f ms)", server.get(0) / 1e3);
	}

	/**
	 * Server times (µs) of the requests with this label, waiting up to two seconds for the access log
	 * to hold the expected number (Tomcat writes a line once the answer is sent).
	 */
	static List<Long> serverTimes(String label, int expected) throws Exception {
		List<Long> times = readServerTimes(label);
		for (int i = 0; i < 20 && accessLogs != null && times.size() < expected; i++) {
			Thread.sleep(100);
			times = readServerTimes(label);
		}
		return times;
	}

	static List<Long> readServerTimes(String label) throws IOException {
		List<Long> times = new ArrayList<>();
		if (accessLogs == null) {
			return times;
		}
		Pattern tag = Pattern.compile("[?&]bench=" + Pattern.quote(label) + "(?:[& ]|$)");
		try (Stream<Path> files = Files.list(accessLogs)) {
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
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"service-level-bench-" + System.nanoTime() + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return find(Pattern.compile("\"secret\":\"([^\"]+)\""), created);
	}

	static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + pattern + " in " + abbreviate(text));
		}
		return m.group(1);
	}

}
