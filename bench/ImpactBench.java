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
 * Impact analysis through the API, against a running Socle on a database with the group inventory
 * and its relations (bench/generate-inventory.sql, bench/generate-inventory-relations.sql).
 *
 * <pre>
 * java bench/ImpactBench.java baseUrl rootAssetId depth runs
 * </pre>
 *
 * Signs in as the group administrator (admin / socle-demo), then calls
 * {@code GET /api/v1/assets/{root}/impact?depth=...} (the default 200 assets listed) after 5 warm-up
 * calls, one at a time; prints how many assets are hit per level and the round trips' p50, p95 and
 * max (loopback). bench/impact-bench.sh adds the server's own times from Tomcat's access log.
 */
public class ImpactBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String path = "/api/v1/assets/" + args[1] + "/impact?depth=" + args[2];
		int runs = Integer.parseInt(args[3]);
		HttpClient http = signedIn(base);
		HttpRequest impact = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build();
		String body = null;
		for (int i = 0; i < 5; i++) {
			body = ok(http.send(impact, HttpResponse.BodyHandlers.ofString()));
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			ok(http.send(impact, HttpResponse.BodyHandlers.ofString()));
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf("GET %s: %s; %d KB; %d runs, round trip p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", path,
				levels(body), body.length() / 1024, runs, at(millis, 0.50), at(millis, 0.95), millis.get(runs - 1));
	}

	static String levels(String body) {
		Matcher m = Pattern.compile("\"levels\":\\[(.*?)\\]").matcher(body);
		return m.find() ? "levels " + m.group(1).replaceAll("\\{\"level\":(\\d+),\"assets\":(\\d+)\\}", "$1: $2")
				: "no levels";
	}

	static double at(List<Double> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(q * (sorted.size() - 1))));
	}

	static String ok(HttpResponse<String> answer) {
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	static HttpClient signedIn(String base) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=admin&password=socle-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signIn.statusCode());
		}
		return http;
	}

}
