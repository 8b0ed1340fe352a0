package org.socle.servicedesk.satisfaction;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Staff surveys for those who run them: the list, a new campaign, and a campaign's
 * results (with a bar chart of the ratings).
 */
@Controller
@RequestMapping("/servicedesk/surveys")
class SurveyPages {

	private static final String VIEWS = "servicedesk/surveys/";

	private final SurveyCampaigns campaigns;

	private final CampaignFigures figures;

	private final CampaignAccess access;

	private final DirectoryApi directory;

	SurveyPages(SurveyCampaigns campaigns, CampaignFigures figures, CampaignAccess access, DirectoryApi directory) {
		this.campaigns = campaigns;
		this.figures = figures;
		this.access = access;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.visible());
		model.addAttribute("canCreate", this.access.runsSomething());
		model.addAttribute("establishmentNames", establishmentNames());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newCampaign(Model model) {
		CampaignForm form = new CampaignForm();
		form.setOpensOn(this.campaigns.today());
		form.setClosesOn(this.campaigns.today().plusWeeks(3));
		return showForm(model, form);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model) {
		CampaignView created = FormErrors.attempt(binding, () -> this.campaigns.create(form));
		return (created == null) ? showForm(model, form) : "redirect:/servicedesk/surveys/" + created.id();
	}

	@GetMapping("/{id}")
	String results(@PathVariable Long id, Model model) {
		model.addAttribute("results", this.figures.of(id));
		model.addAttribute("establishmentNames", establishmentNames());
		return VIEWS + "results";
	}

	private String showForm(Model model, CampaignForm form) {
		model.addAttribute("form", form);
		model.addAttribute("establishments",
				this.directory.establishments().stream().filter(e -> this.access.runs(e.id())).toList());
		return VIEWS + "form";
	}

	/** The names of the establishments the account sees (others are not named). */
	private Map<Long, String> establishmentNames() {
		return this.directory.establishments()
			.stream()
			.filter(e -> this.access.seesEstablishment(e.id()))
			.collect(Collectors.toMap(EstablishmentRef::id, EstablishmentRef::name));
	}

}
