package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.socle.directory.DirectoryApi;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue on the staff portal: browse and search the live services offered to my
 * establishment, open one, fill one of its request items; and my requests with their
 * approval.
 */
@Controller
@RequestMapping("/portal/catalogue")
class PortalCataloguePages {

	private static final String VIEWS = "portal/catalogue/";

	private final ServiceCatalog catalog;

	private final RequestItems items;

	private final CatalogueRequests requests;

	private final RequestViews views;

	private final DirectoryApi directory;

	PortalCataloguePages(ServiceCatalog catalog, RequestItems items, CatalogueRequests requests, RequestViews views,
			DirectoryApi directory) {
		this.catalog = catalog;
		this.items = items;
		this.requests = requests;
		this.views = views;
		this.directory = directory;
	}

	@GetMapping
	String browse(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
		model.addAttribute("services", this.catalog.offered(q));
		model.addAttribute("q", q);
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/{serviceId}")
	String service(@PathVariable Long serviceId, Model model) {
		model.addAttribute("service", this.catalog.offered(serviceId));
		model.addAttribute("items", this.items.activeOf(serviceId));
		return VIEWS + "service";
	}

	@GetMapping("/{serviceId}/items/{itemId}")
	String form(@PathVariable Long serviceId, @PathVariable Long itemId, Model model) {
		return showForm(model, serviceId, itemId, new RequestForm());
	}

	@PostMapping("/{serviceId}/items/{itemId}")
	String submit(@PathVariable Long serviceId, @PathVariable Long itemId,
			@Valid @ModelAttribute("form") RequestForm form, BindingResult binding, Model model, Locale locale) {
		if (!binding.hasErrors()) {
			try {
				CatalogueRequest request = this.requests.submit(serviceId, itemId, form, locale);
				return (request.getTicketId() != null) ? "redirect:/portal/tickets/" + request.getTicketId() + "?raised"
						: "redirect:/portal/catalogue/requests?sent";
			}
			catch (InvalidAnswersException ex) {
				ex.problems().forEach(p -> binding.rejectValue(p.field(), "rule." + p.rule(), p.arguments(), null));
			}
			catch (FieldRuleException ex) {
				if ("details".equals(ex.getField())) {
					binding.rejectValue("details", ex.messageKey(), ex.getArguments(), null);
				}
				else {
					binding.reject(ex.messageKey(), ex.getArguments(), null);
				}
			}
		}
		return showForm(model, serviceId, itemId, form);
	}

	/** People for a person field, picked by a part of their name. */
	@GetMapping("/people")
	String people(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("people", this.directory.searchPeople(q, 20));
		return VIEWS + "people :: personOptions";
	}

	/** My requests: waiting for approval, approved, refused, sent. */
	@GetMapping("/requests")
	String mine(HtmxRequest htmx, Model model, Locale locale) {
		model.addAttribute("myRequests", this.views.of(this.requests.mine(), locale));
		model.addAttribute("toDecide", this.requests.awaitingMyDecision().size());
		return htmx.isHtmxRequest() ? VIEWS + "requests :: myRequests" : VIEWS + "requests";
	}

	private String showForm(Model model, Long serviceId, Long itemId, RequestForm form) {
		ServiceOffering service = this.catalog.offered(serviceId);
		RequestItem item = this.items.active(serviceId, itemId);
		model.addAttribute("service", service);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("personNames", personNames(item, form));
		return VIEWS + "form";
	}

	/** The names of the people already picked in person fields, to show them again. */
	private List<String> personNames(RequestItem item, RequestForm form) {
		List<ItemField> fields = item.getFields();
		return java.util.stream.IntStream.range(0, fields.size()).mapToObj(i -> {
			String value = form.getAnswers().get(String.valueOf(i));
			if (fields.get(i).getKind() != FieldKind.PERSON || value == null || !value.matches("\\d{1,18}")) {
				return null;
			}
			return this.directory.person(Long.valueOf(value)).map(DirectoryApi.PersonRef::label).orElse(null);
		}).toList();
	}

}
