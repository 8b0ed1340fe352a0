package org.socle.servicedesk.attachment;

import java.io.ByteArrayInputStream;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Requests of the authorization matrix that need an attachment: the matrix's world has
 * none, so one is made (through the mail path, with no one signed in) just before the
 * request is sent, and the request is pointed at it.
 */
public final class AttachmentMatrixRequests {

	private AttachmentMatrixRequests() {
	}

	/** A small photo in a part named "file". */
	public static MockMultipartFile photo() {
		return TestFiles.part("matrice.jpg", "image/jpeg", TestFiles.jpeg());
	}

	/**
	 * Attaches a photo to the ticket and sends the request to {@code url}, whose two
	 * {@code %d} are the ticket's id and the attachment's.
	 */
	public static RequestPostProcessor toNewAttachment(Long ticketId, String url) {
		return request -> {
			AttachmentService service = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(AttachmentService.class);
			Attachment attachment = service.attachFromMail(ticketId, null, "matrice.jpg",
					new ByteArrayInputStream(TestFiles.jpeg()), null, "Matrice");
			String uri = String.format(url, ticketId, attachment.getId());
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
