package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.socle.servicedesk.attachment.AttachmentService.Download;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a file is sent back: under the type found in its bytes, never sniffed again by the
 * browser, in a sandbox with nothing allowed (so a file cannot run script in Socle's
 * origin), kept in private caches only. Images the browser shows are inline; everything
 * else, PDF included, is a download (the sandbox stops some browsers' PDF viewers).
 */
final class AttachmentResponses {

	private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

	private AttachmentResponses() {
	}

	static ResponseEntity<Resource> of(Download download) throws IOException {
		Attachment attachment = download.attachment();
		ContentDisposition disposition = (INLINE.contains(attachment.getContentType()) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(attachment.getFilename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(download.content().contentLength())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("Cross-Origin-Resource-Policy", "same-origin")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.eTag(attachment.getSha256())
			.body(download.content());
	}

}
