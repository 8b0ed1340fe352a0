package org.socle.directory.account;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The security log page, newest first, with its filters and CSV export. */
@Controller
@RequestMapping("/directory/security-log")
class SecurityLogPages {

	static final Set<String> SORTABLE = Set.of("occurredAt", "type", "login");

	private static final String VIEW = "directory/security-log/list";

	private final SecurityEventService events;

	SecurityLogPages(SecurityEventService events) {
		this.events = events;
	}

	@GetMapping
	String list(SecurityEventFilter filter, @PageableDefault(size = 50) Pageable pageable, HtmxRequest htmx,
			Model model) {
		model.addAttribute("page", this.events.list(filter, restrict(pageable)));
		model.addAttribute("filter", filter);
		model.addAttribute("types", SecurityEvent.Type.values());
		return htmx.isHtmxRequest() ? VIEW + " :: results" : VIEW;
	}

	@GetMapping("/export.csv")
	void export(SecurityEventFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "security-log.csv",
				List.of("id", "occurredAt", "type", "login", "actor", "remoteAddress", "details"),
				this.events.list(filter, Pageable.unpaged(Sort.by(Sort.Direction.DESC, "occurredAt", "id"))),
				e -> List.of(e.getId(), e.getOccurredAt(), e.getType(), orEmpty(e.getLogin()), orEmpty(e.getActor()),
						orEmpty(e.getRemoteAddress()), orEmpty(e.getDetails())));
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "occurredAt"));
	}

	private static Object orEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
