package org.socle.inventory.asset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.inventory.AssetRef;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes along {@link AssetStatus}'s table and moves between places, each written
 * to the asset's journal with who, when and why, by those who keep the asset.
 */
@Service
public class AssetLifecycle {

	private final AssetService assets;

	private final AssetRepository repository;

	private final AssetRecords records;

	private final AssetAccess access;

	private final RegisterDirectory directory;

	private final List<ReturnToServiceCheck> returnChecks;

	private final Clock clock;

	AssetLifecycle(AssetService assets, AssetRepository repository, AssetRecords records, AssetAccess access,
			RegisterDirectory directory, List<ReturnToServiceCheck> returnChecks, Clock clock) {
		this.assets = assets;
		this.repository = repository;
		this.records = records;
		this.access = access;
		this.directory = directory;
		this.returnChecks = List.copyOf(returnChecks);
		this.clock = clock;
	}

	/**
	 * Moves the asset along the table, with the reason (required to go out of service,
	 * retire or dispose). Putting it back into use (in service, on loan) is refused while
	 * a {@link ReturnToServiceCheck} forbids it.
	 */
	@Transactional
	public Asset transition(Long id, Transition command) {
		Asset asset = this.assets.kept(id);
		if (command.version() != null) {
			asset.checkVersion(command.version());
		}
		if (command.to() == null) {
			throw FieldRuleException.invalid("to", "NotNull");
		}
		AssetStatus from = asset.getStatus();
		from.checkMoveTo(command.to());
		String reason = blankToNull(command.reason());
		if (command.to().needsReason() && reason == null) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (command.to() == AssetStatus.IN_SERVICE || command.to() == AssetStatus.ON_LOAN) {
			this.returnChecks.forEach(check -> check.checkMayReturn(id));
		}
		asset.moveTo(command.to());
		if (command.to() == AssetStatus.IN_SERVICE) {
			asset.firstInService(LocalDate.now(this.clock));
		}
		Asset saved = this.repository.saveAndFlush(asset);
		this.records.statusChanged(saved, from, command.to(), reason);
		return saved;
	}

	@Transactional
	public Asset move(Long id, Move command) {
		Asset asset = this.assets.kept(id);
		if (command.version() != null) {
			asset.checkVersion(command.version());
		}
		Long establishment = (command.establishmentId() != null) ? command.establishmentId()
				: asset.getEstablishmentId();
		if (!this.directory.establishmentExists(establishment)
				|| !this.access.keeps(new AssetRef(id, asset.getInventoryNumber(), asset.getInventoryNumber(), null,
						null, establishment, asset.getOwnerTeamId()))) {
			throw FieldRuleException.invalid("establishmentId", "UnknownValue", establishment);
		}
		this.assets.checkPlace(establishment, command.locationId(), command.departmentId());
		if (Objects.equals(establishment, asset.getEstablishmentId())
				&& Objects.equals(command.locationId(), asset.getLocationId())
				&& Objects.equals(command.departmentId(), asset.getDepartmentId())) {
			throw FieldRuleException.invalid("locationId", "SamePlace");
		}
		Long fromEstablishment = asset.getEstablishmentId();
		Long fromLocation = asset.getLocationId();
		Long fromDepartment = asset.getDepartmentId();
		asset.placeAt(establishment, command.locationId(), command.departmentId());
		Asset saved = this.repository.saveAndFlush(asset);
		this.records.moved(saved, fromEstablishment, fromLocation, fromDepartment, blankToNull(command.reason()));
		return saved;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A status change: where to, why (required for out of service, retired, disposed).
	 */
	public record Transition(@NotNull AssetStatus to, @Size(max = 1000) String reason, Long version) {
	}

	/**
	 * A move to another place: the establishment (the current one when empty), location
	 * and department.
	 */
	public record Move(Long establishmentId, Long locationId, Long departmentId, @Size(max = 1000) String reason,
			Long version) {
	}

}
