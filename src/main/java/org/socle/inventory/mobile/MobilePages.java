package org.socle.inventory.mobile;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.DepartmentRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page a label's QR code opens, laid out for a phone. Staff of the asset's
 * establishment and its readers see it (others: not found); they report a fault from it
 * (the service desk raises the ticket); its keepers also get to its work orders and full
 * page.
 */
@Controller
class MobilePages {

	private final MobileAssets assets;

	private final InventoryApi inventory;

	private final AssetAccess access;

	private final DirectoryApi directory;

	MobilePages(MobileAssets assets, AssetAccess access, DirectoryApi directory, InventoryApi inventory) {
		this.assets = assets;
		this.inventory = inventory;
		this.access = access;
		this.directory = directory;
	}

	@GetMapping("/m/assets/{inventoryNumber}")
	String asset(@PathVariable String inventoryNumber, Model model) {
		MobileAsset asset = this.assets.byNumber(inventoryNumber)
			.filter(a -> this.access.reportsOn(a.ref()))
			.orElseThrow(() -> new RecordNotFoundException("Asset", inventoryNumber));
		AssetRef ref = asset.ref();
		model.addAttribute("asset", asset);
		model.addAttribute("block", this.inventory.block(asset.id()));
		model.addAttribute("establishmentName", this.directory.establishmentName(asset.establishmentId()).orElse(""));
		model.addAttribute("teamName", this.directory.team(asset.ownerTeamId()).map(TeamRef::name).orElse(""));
		model.addAttribute("departmentLabel",
				this.directory.department(asset.departmentId()).map(DepartmentRef::label).orElse(null));
		model.addAttribute("reads", this.access.reads(ref));
		model.addAttribute("keeps", this.access.keeps(ref));
		return "inventory/mobile/asset";
	}

}
