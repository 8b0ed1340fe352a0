package org.socle.inventory.relation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.inventory.AssetImpact;
import org.socle.inventory.AssetRef;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The asset page's "Impact" card (htmx): what is hit when the asset is down, as a list
 * and a layered graph drawn on the server (SVG).
 */
@Controller
class ImpactPages {

	private final ImpactAnalysis impacts;

	private final Relations relations;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	ImpactPages(ImpactAnalysis impacts, Relations relations, DirectoryApi directory, CurrentAccess access) {
		this.impacts = impacts;
		this.relations = relations;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/inventory/assets/{id}/impact")
	String card(@PathVariable long id, @RequestParam(defaultValue = "" + ImpactAnalysis.DEFAULT_DEPTH) int depth,
			Model model, Locale locale) {
		AssetRef asset = this.relations.readable(id);
		AssetImpact impact = this.impacts.analyse(id, Math.max(1, Math.min(depth, ImpactAnalysis.MAX_DEPTH)), locale);
		model.addAttribute("asset", asset);
		model.addAttribute("impact", impact);
		model.addAttribute("graph", ImpactGraph.of(impact, asset.inventoryNumber(), asset.label()));
		model.addAttribute("establishmentNames", establishmentNames(impact));
		model.addAttribute("departmentNames", departmentNames(impact));
		model.addAttribute("depths", IntStream.rangeClosed(1, ImpactAnalysis.MAX_DEPTH).boxed().toList());
		return "inventory/relations/impact :: card";
	}

	/** Names of the establishments the reader may see; the others stay unnamed. */
	private Map<Long, String> establishmentNames(AssetImpact impact) {
		var scope = this.access.scope();
		Map<Long, String> names = new HashMap<>();
		impact.establishmentIds().forEach(e -> this.directory.establishmentName(e).ifPresent(n -> names.put(e, n)));
		impact.hidden()
			.stream()
			.filter(h -> scope.canSee(h.establishmentId()))
			.forEach(h -> this.directory.establishmentName(h.establishmentId())
				.ifPresent(n -> names.put(h.establishmentId(), n)));
		return names;
	}

	private Map<Long, String> departmentNames(AssetImpact impact) {
		Map<Long, String> names = new HashMap<>();
		impact.departmentIds().forEach(d -> this.directory.department(d).ifPresent(ref -> names.put(d, ref.label())));
		return names;
	}

}
