package org.socle.servicedesk.attachment;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

/**
 * The file of an upload request ({@code file} part). Multipart requests are read lazily
 * ({@code spring.servlet.multipart.resolve-lazily}), so that a body over the servlet's
 * own limit is refused here, with the same rule and message as one over ours.
 */
@Component
class Uploads {

	private final AttachmentProperties properties;

	Uploads(AttachmentProperties properties) {
		this.properties = properties;
	}

	/** The first non-empty {@code file} part (a page may offer a camera and a picker). */
	MultipartFile fileOf(HttpServletRequest request) {
		MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
		if (multipart == null) {
			throw FieldRuleException.invalid("file", "AttachmentRequired");
		}
		List<MultipartFile> files;
		try {
			files = multipart.getFiles("file");
		}
		catch (MaxUploadSizeExceededException ex) {
			throw FieldRuleException.invalid("file", "AttachmentTooLarge", this.properties.maxMegabytes());
		}
		catch (MultipartException ex) {
			throw FieldRuleException.invalid("file", "AttachmentRequired");
		}
		return files.stream()
			.filter(f -> f != null)
			.filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty()))
			.findFirst()
			.orElseThrow(() -> FieldRuleException.invalid("file", "AttachmentRequired"));
	}

	/**
	 * The {@code commentId} field of the upload, if any (read after {@link #fileOf}, once
	 * the body is parsed).
	 */
	static Long commentIdOf(HttpServletRequest request) {
		String value = request.getParameter("commentId");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw FieldRuleException.invalid("commentId", "AttachmentUnknownComment", value);
		}
	}

}
