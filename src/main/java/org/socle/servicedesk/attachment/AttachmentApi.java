package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of ticket attachments: list, upload (multipart {@code file}), removal,
 * content.
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}/attachments")
class AttachmentApi {

	private final AttachmentService attachments;

	private final Uploads uploads;

	AttachmentApi(AttachmentService attachments, Uploads uploads) {
		this.attachments = attachments;
		this.uploads = uploads;
	}

	@GetMapping
	List<AttachmentView> list(@PathVariable Long id) {
		return this.attachments.list(id).stream().map(AttachmentView::of).toList();
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView upload(@PathVariable Long id, HttpServletRequest request) throws IOException {
		MultipartFile file = this.uploads.fileOf(request);
		Long commentId = Uploads.commentIdOf(request);
		try (InputStream content = file.getInputStream()) {
			return AttachmentView.of(this.attachments.attach(id, commentId, file.getOriginalFilename(), content));
		}
	}

	/** An agent takes a file off the ticket: {@code {"reason": "..."}}. */
	@PostMapping("/{attachmentId}/removal")
	AttachmentView remove(@PathVariable Long id, @PathVariable Long attachmentId, @RequestBody Removal removal) {
		return AttachmentView.of(this.attachments.remove(id, attachmentId, removal.reason()));
	}

	/** Why a file is removed. */
	record Removal(String reason) {
	}

	@GetMapping("/{attachmentId}/content")
	ResponseEntity<Resource> content(@PathVariable Long id, @PathVariable Long attachmentId) throws IOException {
		return AttachmentResponses.of(this.attachments.download(id, attachmentId));
	}

}
