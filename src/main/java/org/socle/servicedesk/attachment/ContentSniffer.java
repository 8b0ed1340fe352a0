package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its bytes, for the few types attachments accept, and only when
 * the file's extension (if it names a type) says the same: a page renamed {@code .png} or
 * a program renamed {@code .pdf} is not recognised.
 * <p>
 * Why not Apache Tika: its core only knows Office documents as "a ZIP file"; telling a
 * .docx from a .xlsx (and any file from a ZIP bomb) needs its parser modules, many
 * megabytes with POI, for a dozen types whose signatures fit in this class.
 * <ul>
 * <li>images: JPEG, PNG, GIF, WebP, HEIC (phones) by their magic numbers; PDF by
 * {@code %PDF-};</li>
 * <li>Office Open XML and OpenDocument by the entries of their ZIP directory (only the
 * directory and a 100-byte entry are read, nothing is inflated); a plain ZIP is not
 * accepted;</li>
 * <li>text, CSV and e-mail (.eml): no signature, so only under their extension, with no
 * binary byte, and not HTML/SVG/XML markup.</li>
 * </ul>
 */
@Component
class ContentSniffer {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String TEXT = "text/plain";

	private static final String CSV = "text/csv";

	private static final String MAIL = "message/rfc822";

	/** Each type the sniffer knows, with the extensions that name it. */
	static final Map<String, List<String>> EXTENSIONS = extensions();

	private static final Map<String, String> TYPE_OF_EXTENSION = EXTENSIONS.entrySet()
		.stream()
		.flatMap(e -> e.getValue().stream().map(ext -> Map.entry(ext, e.getKey())))
		.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

	private static final int HEAD = 8192;

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");

	private static final Pattern MARKUP = Pattern
		.compile("^\\s*<(!doctype|html|head|body|script|svg|\\?xml|iframe|!--)", Pattern.CASE_INSENSITIVE);

	private static final Pattern MAIL_HEADER = Pattern.compile("^(From |[A-Za-z0-9-]+:)");

	private static Map<String, List<String>> extensions() {
		Map<String, List<String>> map = new LinkedHashMap<>();
		map.put("image/jpeg", List.of("jpg", "jpeg", "jfif"));
		map.put("image/png", List.of("png"));
		map.put("image/gif", List.of("gif"));
		map.put("image/webp", List.of("webp"));
		map.put("image/heic", List.of("heic", "heif"));
		map.put("application/pdf", List.of("pdf"));
		map.put(TEXT, List.of("txt", "log"));
		map.put(CSV, List.of("csv"));
		map.put(DOCX, List.of("docx"));
		map.put(XLSX, List.of("xlsx"));
		map.put(PPTX, List.of("pptx"));
		map.put(ODT, List.of("odt"));
		map.put(ODS, List.of("ods"));
		map.put(MAIL, List.of("eml"));
		return Map.copyOf(map);
	}

	/**
	 * The type of the file, if it is one of those known and its extension does not
	 * contradict it.
	 */
	Optional<String> detect(Path file, String filename) throws IOException {
		byte[] head = head(file);
		String claimed = TYPE_OF_EXTENSION.get(extension(filename));
		Optional<String> found = Optional.ofNullable(signature(head));
		if (found.isEmpty() && startsWith(head, 0, "PK\u0003\u0004")) {
			found = container(file);
		}
		if (found.isEmpty() && claimed != null) {
			found = text(head, claimed);
		}
		return found.filter(type -> claimed == null || claimed.equals(type));
	}

	/** The extensions of a type, with their dot ({@code .jpg}), for a file input. */
	static List<String> extensionsOf(String type) {
		return EXTENSIONS.getOrDefault(type, List.of()).stream().map(ext -> "." + ext).toList();
	}

	private static String signature(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (startsWith(head, 0, "\u0089PNG\r\n\u001A\n")) {
			return "image/png";
		}
		if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) {
			return "image/gif";
		}
		if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
			return "image/webp";
		}
		if (startsWith(head, 0, "%PDF-")) {
			return "application/pdf";
		}
		return isHeic(head) ? "image/heic" : null;
	}

	/**
	 * An ISO media file ({@code ftyp} box) whose major brand, or a compatible brand of
	 * the generic {@code mif1}/{@code msf1}, is HEIC.
	 */
	private static boolean isHeic(byte[] head) {
		if (head.length < 16 || !startsWith(head, 4, "ftyp")) {
			return false;
		}
		String major = ascii(head, 8, 4);
		if (HEIC_BRANDS.contains(major)) {
			return true;
		}
		int box = Math.min(head.length,
				((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF));
		if (!major.equals("mif1") && !major.equals("msf1")) {
			return false;
		}
		for (int at = 16; at + 4 <= box; at += 4) {
			if (HEIC_BRANDS.contains(ascii(head, at, 4))) {
				return true;
			}
		}
		return false;
	}

	/** Office documents are ZIP files told apart by the entries they must hold. */
	private static Optional<String> container(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				try (InputStream in = zip.getInputStream(mimetype)) {
					String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
					return Optional.of(declared).filter(t -> t.equals(ODT) || t.equals(ODS));
				}
			}
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(DOCX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(XLSX);
			}
			return Optional.ofNullable((zip.getEntry("ppt/presentation.xml") != null) ? PPTX : null);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Text has no signature: it is taken for what its extension says, if it is text. */
	private static Optional<String> text(byte[] head, String claimed) {
		if (!Set.of(TEXT, CSV, MAIL).contains(claimed) || head.length == 0 || !isText(head)) {
			return Optional.empty();
		}
		String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
			.replace("\u00EF\u00BB\u00BF", "");
		if (MARKUP.matcher(start).find()) {
			return Optional.empty();
		}
		if (claimed.equals(MAIL) && !MAIL_HEADER.matcher(start).find()) {
			return Optional.empty();
		}
		return Optional.of(claimed);
	}

	/** No NUL nor control byte other than tab, line feed, form feed and return. */
	private static boolean isText(byte[] head) {
		for (byte b : head) {
			int c = b & 0xFF;
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD);
		}
	}

	private static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return (dot < 0) ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] bytes, int offset, String ascii) {
		byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
		return bytes.length >= offset + expected.length
				&& Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

}
