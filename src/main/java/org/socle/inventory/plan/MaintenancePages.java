package org.socle.inventory.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.FormErrors;

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
 * Maintenance as the teams work it: the due and overdue list, an asset's upcoming
 * maintenance (the card of the asset page), and an asset's overrides of its plans.
 */
@Controller
@RequestMapping("/inventory/plans")
class MaintenancePages {

	private static final String VIEWS = "inventory/plan/";

	private static final int DUE_ROWS = 500;

	private static final int CARD_ROWS = 12;

	private final OccurrenceQueries occurrences;

	private final PlanOverrides overrides;

	private final PlanAccess access;

	private final AssetAccess assets;

	private final DirectoryApi directory;

	private final Clock clock;

	MaintenancePages(OccurrenceQueries occurrences, PlanOverrides overrides, PlanAccess access, AssetAccess assets,
			DirectoryApi directory, Clock clock) {
		this.occurrences = occurrences;
		this.overrides = overrides;
		this.access = access;
		this.assets = assets;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/due")
	String due(@RequestParam(required = false) Long teamId, @RequestParam(defaultValue = "false") boolean overdue,
			Model model) {
		AssetReaders readers = this.assets.readers();
		List<TeamRef> teams = this.directory.teams()
			.stream()
			.filter(t -> readers.reads(t.establishmentId(), t.id()))
			.toList();
		Long team = (teamId != null && teams.stream().anyMatch(t -> t.id().equals(teamId))) ? teamId : null;
		model.addAttribute("rows", this.occurrences.due(team, overdue, DUE_ROWS));
		model.addAttribute("teams", teams);
		model.addAttribute("teamId", team);
		model.addAttribute("overdue", overdue);
		model.addAttribute("horizon", OccurrenceQueries.HORIZON_DAYS);
		model.addAttribute("today", LocalDate.now(this.clock));
		return VIEWS + "due";
	}

	/** The body of the asset page's "upcoming maintenance" card (an htmx fragment). */
	@GetMapping("/assets/{assetId}")
	String card(@PathVariable long assetId, Model model) {
		List<OccurrenceView> rows = this.occurrences.ofAsset(assetId, CARD_ROWS);
		model.addAttribute("assetId", assetId);
		model.addAttribute("open", rows.stream()
			.filter(o -> o.status() == OccurrenceStatus.PLANNED || o.status() == OccurrenceStatus.WORK_ORDER_OPEN)
			.toList());
		model.addAttribute("today", LocalDate.now(this.clock));
		return VIEWS + "asset :: card";
	}

	@GetMapping("/assets/{assetId}/overrides")
	String overrides(@PathVariable long assetId, Model model) {
		return showOverrides(assetId, model, null, null);
	}

	@PostMapping("/assets/{assetId}/overrides/{planId}")
	String saveOverride(@PathVariable long assetId, @PathVariable long planId,
			@ModelAttribute("form") OverrideForm form, BindingResult binding, Model model) {
		this.access.keptAsset(assetId);
		PlanOverride saved = FormErrors.attempt(binding, () -> this.overrides.save(assetId, planId, form));
		return (saved == null) ? showOverrides(assetId, model, planId, form)
				: "redirect:/inventory/plans/assets/" + assetId + "/overrides";
	}

	private String showOverrides(long assetId, Model model, Long failedPlanId, OverrideForm failed) {
		model.addAttribute("asset", this.access.readableAsset(assetId));
		model.addAttribute("plans", this.overrides.plansOf(assetId));
		Map<Long, PlanOverride> byPlan = new HashMap<>();
		this.overrides.ofAsset(assetId).forEach(o -> byPlan.put(o.getPlanId(), o));
		model.addAttribute("overrides", byPlan);
		model.addAttribute("failedPlanId", failedPlanId);
		model.addAttribute("form", (failed != null) ? failed : new OverrideForm());
		model.addAttribute("performers", Performer.values());
		return VIEWS + "overrides";
	}

}
