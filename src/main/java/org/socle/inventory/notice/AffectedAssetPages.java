package org.socle.inventory.notice;

import org.socle.directory.CurrentAccess;
import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.notice.AffectedAssets.ActionUpdate;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Acting on an affected asset from the notice's page (htmx swaps its row; a plain post
 * comes back to the page), and the "Safety notices" card of the asset page.
 */
@Controller
class AffectedAssetPages {

	private final AffectedAssets affected;

	private final InventoryApi inventory;

	private final AssetAccess assets;

	private final CurrentAccess access;

	private final NoticeReferentials names;

	AffectedAssetPages(AffectedAssets affected, InventoryApi inventory, AssetAccess assets, CurrentAccess access,
			NoticeReferentials names) {
		this.names = names;
		this.affected = affected;
		this.inventory = inventory;
		this.assets = assets;
		this.access = access;
	}

	@PostMapping("/inventory/notices/{id}/affected/{affectedId}/action")
	String act(@PathVariable Long id, @PathVariable Long affectedId,
			@RequestParam(required = false) ActionStatus status, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean openWorkOrder, @RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		return answer(id, affectedId, htmx, model, redirect,
				() -> this.affected.act(id, affectedId, new ActionUpdate(status, note, openWorkOrder, version)));
	}

	@PostMapping("/inventory/notices/{id}/affected/{affectedId}/decision")
	String decide(@PathVariable Long id, @PathVariable Long affectedId, @RequestParam boolean confirmed,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		return answer(id, affectedId, htmx, model, redirect,
				() -> this.affected.decide(id, affectedId, version, confirmed, note));
	}

	/** The body of the asset page's "Safety notices" card. */
	@GetMapping("/inventory/assets/{assetId}/safety-notices")
	String card(@PathVariable Long assetId, Model model) {
		AssetRef asset = this.inventory.asset(assetId).orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
		if (!this.assets.reads(asset)) {
			if (this.access.scope().canSee(asset.establishmentId())) {
				throw new AccessDeniedException("Does not read asset " + assetId);
			}
			throw new RecordNotFoundException("Asset", assetId);
		}
		model.addAttribute("rows", this.affected.ofAsset(asset));
		return NoticePages.VIEWS + "asset-card";
	}

	private String answer(Long id, Long affectedId, String htmx, Model model, RedirectAttributes redirect,
			Runnable command) {
		NoticeRefusal refusal = NoticeRefusal.of(command);
		if (htmx == null) {
			redirect.addFlashAttribute((refusal == null) ? "saved" : "refusal", (refusal == null) ? true : refusal);
			return "redirect:/inventory/notices/" + id;
		}
		model.addAttribute("row",
				this.affected.of(id, false)
					.stream()
					.filter(r -> r.id().equals(affectedId))
					.findFirst()
					.orElseThrow(() -> new RecordNotFoundException("AffectedAsset", affectedId)));
		model.addAttribute("rowError", refusal);
		model.addAttribute("actions", ActionStatus.values());
		model.addAttribute("notice", this.affected.notice(id));
		model.addAttribute("establishments", this.names.establishmentNames());
		return NoticePages.VIEWS + "detail :: affectedRow";
	}

}
