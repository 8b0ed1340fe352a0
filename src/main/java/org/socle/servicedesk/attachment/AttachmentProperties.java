package org.socle.servicedesk.attachment;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and what is accepted.
 *
 * @param dir the directory of the files (a shared volume when several nodes run)
 * @param maxSize the largest file accepted; keep it under
 * {@code spring.servlet.multipart.max-file-size} so that our own message is the one shown
 * @param allowedTypes the accepted types, among those {@link ContentSniffer} recognises
 */
@ConfigurationProperties("socle.servicedesk.attachments")
record AttachmentProperties(@DefaultValue("./data/attachments") Path dir, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue( {
				"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/pdf", "text/plain",
				"text/csv", ContentSniffer.DOCX, ContentSniffer.XLSX, ContentSniffer.PPTX, ContentSniffer.ODT,
				ContentSniffer.ODS, "message/rfc822" }) List<String> allowedTypes){

	/** The limit in megabytes, for messages. */
	double maxMegabytes() {
		return this.maxSize.toBytes() / (1024.0 * 1024.0);
	}

}
