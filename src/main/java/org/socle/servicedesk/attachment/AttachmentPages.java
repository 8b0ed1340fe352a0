package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.socle.servicedesk.ticket.TicketWorkArea;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket page's attachments: upload from the work area (htmx, multipart), and the
 * files themselves.
 */
@Controller
@RequestMapping("/servicedesk/tickets/{id}/attachments")
class AttachmentPages {

	private final AttachmentService attachments;

	private final Uploads uploads;

	private final TicketWorkArea workArea;

	AttachmentPages(AttachmentService attachments, Uploads uploads, TicketWorkArea workArea) {
		this.attachments = attachments;
		this.uploads = uploads;
		this.workArea = workArea;
	}

	@PostMapping
	String upload(@PathVariable Long id, HttpServletRequest request, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			MultipartFile file = this.uploads.fileOf(request);
			try (InputStream content = file.getInputStream()) {
				return this.attachments.attach(id, null, file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/{attachmentId}/removal")
	String remove(@PathVariable Long id, @PathVariable Long attachmentId, @RequestParam(required = false) String reason,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> this.attachments.remove(id, attachmentId, reason));
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) throws IOException {
		return AttachmentResponses.of(this.attachments.download(id, attachmentId));
	}

}
