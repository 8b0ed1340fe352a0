package org.socle.inventory.relation;

import java.time.Clock;
import java.util.Optional;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares and removes relations between assets, by the source asset's keepers: no
 * relation of an asset to itself, no second live relation of the same type between the
 * same two assets, no cycle of PART_OF (nor through the register's parent assets).
 */
@Service
@Transactional
public class Relations {

	/** Serialises PART_OF creations, so that two at once cannot close a cycle. */
	private static final long PART_OF_LOCK = 0x494e5650L;

	/**
	 * The wholes an asset is part of, through PART_OF relations and the register's parent
	 * assets alike.
	 */
	private static final String PART_OF_REACHES = """
			with recursive whole (id) as (
			    select cast(:from as bigint)
			  union
			    select e.whole_id from whole w
			    join (select r.source_id as part_id, r.target_id as whole_id from inv_asset_relation r
			          where r.type = 'PART_OF' and r.removed_at is null
			          union all
			          select a.id, a.parent_id from inv_asset a where a.parent_id is not null) e on e.part_id = w.id
			)
			select exists (select 1 from whole where id = :to)
			""";

	private final AssetRelationRepository relations;

	private final InventoryApi inventory;

	private final AssetAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	Relations(AssetRelationRepository relations, InventoryApi inventory, AssetAccess access, JdbcClient jdbc,
			Clock clock) {
		this.relations = relations;
		this.inventory = inventory;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The asset if the current account reads it, else "not found". */
	AssetRef readable(long assetId) {
		return this.access.readable(this.inventory.asset(assetId).orElseThrow(() -> notFound(assetId)));
	}

	/** The asset if the current account keeps it: 404 out of sight, 403 read-only. */
	AssetRef kept(long assetId) {
		return this.access.kept(this.inventory.asset(assetId).orElseThrow(() -> notFound(assetId)));
	}

	AssetRelation add(long sourceId, RelationForm form) {
		AssetRef source = kept(sourceId);
		AssetRef target = target(form);
		if (target.id() == source.id()) {
			throw FieldRuleException.invalid("targetId", "RelationToItself");
		}
		if (this.relations.existsBySourceIdAndTargetIdAndTypeAndRemovedAtIsNull(source.id(), target.id(),
				form.getType())) {
			throw FieldRuleException.duplicate("targetId", target.inventoryNumber());
		}
		if (form.getType() == RelationType.PART_OF) {
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", PART_OF_LOCK).query().singleRow();
			if (partOfReaches(target.id(), source.id())) {
				throw FieldRuleException.invalid("targetId", "PartOfCycle", target.inventoryNumber());
			}
		}
		String note = (form.getNote() == null || form.getNote().isBlank()) ? null : form.getNote().strip();
		return this.relations.saveAndFlush(new AssetRelation(source.id(), form.getType(), target.id(), note));
	}

	/** Removes (archives) a live relation of the asset, as a keeper of its source. */
	AssetRelation remove(long assetId, long relationId, Removal removal) {
		readable(assetId);
		AssetRelation relation = this.relations.findById(relationId)
			.filter(r -> !r.isRemoved() && (r.getSourceId() == assetId || r.getTargetId() == assetId))
			.orElseThrow(() -> new RecordNotFoundException("AssetRelation", relationId));
		kept(relation.getSourceId());
		if (removal.version() != null) {
			relation.checkVersion(removal.version());
		}
		relation.remove(this.clock.instant(), CurrentUsername.get(), blankToNull(removal.reason()));
		return this.relations.saveAndFlush(relation);
	}

	/**
	 * Whether {@code to} is {@code from} or a whole that {@code from} is (part of) a part
	 * of.
	 */
	boolean partOfReaches(long from, long to) {
		return Boolean.TRUE
			.equals(this.jdbc.sql(PART_OF_REACHES).param("from", from).param("to", to).query(Boolean.class).single());
	}

	private AssetRef target(RelationForm form) {
		Optional<AssetRef> target = (form.getTargetId() != null) ? this.inventory.asset(form.getTargetId())
				: Optional.ofNullable(form.getTargetNumber())
					.filter(n -> !n.isBlank())
					.flatMap(this.inventory::assetByInventoryNumber);
		if (form.getTargetId() == null && (form.getTargetNumber() == null || form.getTargetNumber().isBlank())) {
			throw FieldRuleException.invalid("targetId", "NotBlank");
		}
		return target.filter(this.access::reads)
			.orElseThrow(() -> FieldRuleException.invalid("targetId", "UnknownAsset",
					(form.getTargetId() != null) ? form.getTargetId() : form.getTargetNumber()));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static RecordNotFoundException notFound(long assetId) {
		return new RecordNotFoundException("Asset", assetId);
	}

}
