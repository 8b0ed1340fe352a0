import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily plan job at volume, against a running Socle on a database filled by
 * bench/generate-inventory.sql and bench/generate-inventory-plans.sql.
 *
 * <pre>
 * java bench/PlanJobBench.java baseUrl adminLogin [runs]
 * </pre>
 *
 * Signs in as the group administrator (password socle-demo), creates an API token, then runs the
 * job through {@code POST /api/v1/maintenance/run-daily}: the first run of the day (which does the
 * day's work the generator left: work orders to open, meters reached, overdue flags, work orders
 * found done), then {@code runs} more that must find nothing new. Prints what each run did and the
 * job's own time (measured in the server around the job's method), and the round trip.
 */
public class PlanJobBench {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Pattern MILLIS = Pattern.compile("\"millis\":(\\d+)");

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: java bench/PlanJobBench.java baseUrl adminLogin [runs]");
			System.exit(2);
		}
		String base = args[0];
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		String token = token(base, args[1]);
		HttpRequest run = HttpRequest.newBuilder(URI.create(base + "/api/v1/maintenance/run-daily"))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		long start = System.nanoTime();
		String first = expectOk(HTTP.send(run, HttpResponse.BodyHandlers.ofString()));
		System.out.printf("daily plan job, first run: %s; round trip %.1f ms%n", first, (System.nanoTime() - start) / 1e6);
		List<Long> millis = new ArrayList<>();
		String last = null;
		for (int i = 0; i < runs; i++) {
			last = expectOk(HTTP.send(run, HttpResponse.BodyHandlers.ofString()));
			Matcher m = MILLIS.matcher(last);
			if (m.find()) {
				millis.add(Long.parseLong(m.group(1)));
			}
		}
		Collections.sort(millis);
		if (!millis.isEmpty()) {
			System.out.printf("daily plan job, %d more runs (nothing new to do): job time min %d ms, p50 %d ms, max %d ms;"
					+ " last: %s%n", runs, millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1), last);
		}
	}

	static String expectOk(HttpResponse<String> answer) {
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	static String token(String base, String login) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=socle-demo&_csrf="
				+ URLEncoder.encode(find("name=\"_csrf\" value=\"([^\"]+)\"", loginPage), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed for " + login + ": " + signIn.statusCode());
		}
		String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", find("name=\"_csrf\" content=\"([^\"]+)\"", home))
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"plan-job-bench-" + System.nanoTime() + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return find("\"secret\":\"([^\"]+)\"", created);
	}

	static String find(String pattern, String text) {
		Matcher m = Pattern.compile(pattern).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + pattern);
		}
		return m.group(1);
	}

}
