package org.socle.inventory.workorder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The asset page's work-order card (its body, loaded by htmx): the asset's block, its
 * latest work orders, and opening a corrective one.
 */
@Controller
@RequestMapping("/inventory/assets/{assetId}/work-orders")
class AssetWorkOrderPages {

	private final WorkOrderQueries queries;

	private final WorkOrderAccess access;

	private final ControlGate gate;

	private final WorkOrderService service;

	AssetWorkOrderPages(WorkOrderQueries queries, WorkOrderAccess access, ControlGate gate, WorkOrderService service) {
		this.queries = queries;
		this.access = access;
		this.gate = gate;
		this.service = service;
	}

	@GetMapping
	String section(@PathVariable long assetId, Model model) {
		var asset = this.access.readableAsset(assetId);
		model.addAttribute("asset", asset);
		model.addAttribute("block", this.gate.block(assetId));
		model.addAttribute("canWork", this.access.keeps(asset));
		model.addAttribute("rows", this.queries.list(new WorkOrderFilter(null, null, null, null, assetId, null), 20));
		return "inventory/work-orders/section :: section";
	}

	@PostMapping
	String open(@PathVariable long assetId, @RequestParam String title, RedirectAttributes redirect) {
		if (title == null || title.isBlank()) {
			return "redirect:/inventory/work-orders?assetId=" + assetId;
		}
		long id = this.service
			.openCorrective(new WorkCommands.NewCorrective(assetId, title.substring(0, Math.min(title.length(), 300)),
					null, null, null))
			.id();
		return "redirect:/inventory/work-orders/" + id;
	}

}
