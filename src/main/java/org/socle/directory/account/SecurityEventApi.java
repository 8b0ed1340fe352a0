package org.socle.directory.account;

import java.time.Instant;

import org.socle.shared.web.PageView;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the security log (group administrators only). */
@RestController
@RequestMapping("/api/v1/security-events")
class SecurityEventApi {

	private final SecurityEventService events;

	SecurityEventApi(SecurityEventService events) {
		this.events = events;
	}

	@GetMapping
	PageView<SecurityEventView> list(SecurityEventFilter filter, @PageableDefault(size = 50) Pageable pageable) {
		return PageView.of(this.events.list(filter, SecurityLogPages.restrict(pageable)), SecurityEventView::of);
	}

	/** One line of the security log. */
	record SecurityEventView(Long id, Instant occurredAt, SecurityEvent.Type type, String login, String actor,
			String remoteAddress, String details) {

		static SecurityEventView of(SecurityEvent e) {
			return new SecurityEventView(e.getId(), e.getOccurredAt(), e.getType(), e.getLogin(), e.getActor(),
					e.getRemoteAddress(), e.getDetails());
		}
	}

}
