import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the real inventory import of a running Socle: signs in (password socle-demo), creates
 * an API token, uploads the file to POST /api/v1/asset-imports (columns mapped from the headers),
 * polls GET /api/v1/asset-imports/{id} until the dry run is READY, confirms, polls until DONE, and
 * prints rows per second for the preview (upload + reading + every line checked) and for the
 * confirmation (JDBC batches into inv_asset, inv_asset_status_change and inv_asset_aud).
 *
 *   java bench/AssetImportBench.java http://127.0.0.1:18080 admin /tmp/assets.csv
 */
public class AssetImportBench {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path file = Path.of(args[2]);
		String token = token(base, args[1]);
		long lines = Files.lines(file).count() - 1;
		System.out.printf("file %s: %d lines, %.1f MB%n", file, lines, Files.size(file) / 1e6);

		long start = System.nanoTime();
		String job = find(Pattern.compile("\"id\":\"([^\"]+)\""), upload(base, token, file));
		String ready = await(base, token, job, "READY");
		double preview = (System.nanoTime() - start) / 1e9;
		System.out.printf("preview: %.1f s, %.0f rows/s — valid %s, with errors %s, to create: %s%n", preview,
				lines / preview, field(ready, "validLines"), field(ready, "errorLines"),
				find(Pattern.compile("\"counts\":(\\{[^}]*\\})"), ready));

		start = System.nanoTime();
		send(HttpRequest.newBuilder(URI.create(base + "/api/v1/asset-imports/" + job + "/confirm"))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody()), 202);
		String done = await(base, token, job, "DONE");
		double confirm = (System.nanoTime() - start) / 1e9;
		int created = Integer.parseInt(field(done, "created"));
		System.out.printf("confirm: %.1f s, %.0f rows/s — created %d, skipped %s%n", confirm, created / confirm, created,
				field(done, "skipped"));
	}

	static String upload(String base, String token, Path file) throws Exception {
		String boundary = "bench" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(Files.readAllBytes(file));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/asset-imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 202);
	}

	static String await(String base, String token, String job, String phase) throws Exception {
		while (true) {
			String view = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/asset-imports/" + job))
				.header("Authorization", "Bearer " + token), 200);
			if (view.contains("\"running\":false")) {
				if (!view.contains("\"status\":\"" + phase + "\"")) {
					throw new IllegalStateException("expected " + phase + ": " + view.substring(0, Math.min(600, view.length())));
				}
				return view;
			}
			Thread.sleep(200);
		}
	}

	static String send(HttpRequest.Builder request, int expected) throws Exception {
		HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != expected) {
			throw new IllegalStateException(answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	static String field(String json, String name) {
		return find(Pattern.compile("\"" + name + "\":(\\d+)"), json);
	}

	/** Signs in with the form and creates a personal API token; returns its secret. */
	static String token(String base, String login) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = find(CSRF_INPUT, http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body());
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=socle-demo&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", find(CSRF_META, home))
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"import-bench-" + System.nanoTime() + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return find(Pattern.compile("\"secret\":\"([^\"]+)\""), created);
	}

	static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
		}
		return m.group(1);
	}

}
