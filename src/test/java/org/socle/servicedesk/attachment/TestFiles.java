package org.socle.servicedesk.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/** Files as users send them: real photos, documents, and disguised programs and pages. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A real 8×8 JPEG photo. */
	public static byte[] jpeg() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(2, 2, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The start of a Windows program: "MZ", then binary bytes. */
	static byte[] program() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		return bytes;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A ZIP holding the given entries (each with a little content). */
	static byte[] zip(String... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(entry.equals("mimetype") ? "application/vnd.oasis.opendocument.text".getBytes()
						: "<x/>".getBytes());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}

	/** A part named "file", as a browser sends it (the claimed type means nothing). */
	static MockMultipartFile part(String filename, String claimedType, byte[] content) {
		return part("file", filename, claimedType, content);
	}

	/** A file part of a form field. */
	public static MockMultipartFile part(String field, String filename, String claimedType, byte[] content) {
		return new MockMultipartFile(field, filename, claimedType, content);
	}

}
