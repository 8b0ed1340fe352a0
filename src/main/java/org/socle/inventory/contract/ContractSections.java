package org.socle.inventory.contract;

import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetPageSection;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The asset page's "Contracts" card: the live contracts covering the asset. */
@Controller
class ContractSections {

	private final ContractQueries queries;

	private final InventoryApi inventory;

	private final AssetAccess access;

	ContractSections(ContractQueries queries, InventoryApi inventory, AssetAccess access) {
		this.queries = queries;
		this.inventory = inventory;
		this.access = access;
	}

	@GetMapping("/inventory/assets/{id}/contracts")
	String card(@PathVariable long id, Model model) {
		this.access.readable(this.inventory.asset(id).orElseThrow(() -> new RecordNotFoundException("Asset", id)));
		model.addAttribute("rows", this.queries.coveringAsset(id));
		return "inventory/contracts/section :: card";
	}

	@Component
	static class Section implements AssetPageSection {

		@Override
		public String titleKey() {
			return "inventory.contracts.title";
		}

		@Override
		public String url(long assetId) {
			return "/inventory/assets/" + assetId + "/contracts";
		}

		@Override
		public int order() {
			return 50;
		}

	}

}
