package org.socle.inventory.workorder;

import java.time.Instant;
import java.util.Optional;

import org.socle.inventory.AssetBlock;
import org.socle.inventory.asset.ReturnToServiceCheck;
import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an asset may return to service. It may not while a serious nonconformity keeps
 * it out of service, nor after a corrective repair of a category that requires a control
 * after repair ({@code inv_category.control_after_repair}) until a control passes
 * (internal or external control, or safety test, done and conforming, completed after the
 * repair). The asset's lifecycle asks it before the asset goes back into use
 * ({@link ReturnToServiceCheck}).
 */
@Component
@Transactional(readOnly = true)
public class ControlGate implements ReturnToServiceCheck {

	static final String PASSING_CONTROL = """
			select k.id from inv_work_order k where k.asset_id = :asset and k.status = 'DONE'
			 and k.conformity = 'CONFORMING' and k.type in ('INTERNAL_CONTROL', 'EXTERNAL_CONTROL', 'SAFETY_TEST')
			 and k.completed_at >= :since order by k.completed_at limit 1""";

	private final JdbcClient jdbc;

	ControlGate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What blocks the asset, if anything. */
	public AssetBlock block(long assetId) {
		Optional<String> failed = this.jdbc.sql("""
				select w.number from inv_nonconformity n join inv_work_order w on w.id = n.work_order_id
				where n.asset_id = :asset and n.out_of_service and n.restarted_at is null order by n.id limit 1""")
			.param("asset", assetId)
			.query(String.class)
			.optional();
		if (failed.isPresent()) {
			return new AssetBlock(true, "NONCONFORMITY", failed.get());
		}
		return repairAwaitingControl(assetId).map(number -> new AssetBlock(true, "CONTROL_REQUIRED", number))
			.orElse(AssetBlock.NONE);
	}

	/** Refuses a return to service while the asset is blocked. */
	@Override
	public void checkMayReturn(long assetId) {
		AssetBlock block = block(assetId);
		if (block.blocked()) {
			throw FieldRuleException.invalid("status", "WorkOrderControlRequired", block.workOrderNumber());
		}
	}

	/** The last corrective repair still waiting for its control, if any. */
	Optional<String> repairAwaitingControl(long assetId) {
		return this.jdbc.sql("""
				select w.number from inv_work_order w join inv_asset a on a.id = w.asset_id
				 join inv_category c on c.id = a.category_id
				where w.asset_id = :asset and c.control_after_repair and w.type = 'CORRECTIVE' and w.status = 'DONE'
				 and not exists (select 1 from inv_work_order k where k.asset_id = w.asset_id and k.status = 'DONE'
				  and k.conformity = 'CONFORMING' and k.type in ('INTERNAL_CONTROL', 'EXTERNAL_CONTROL', 'SAFETY_TEST')
				  and k.completed_at >= w.completed_at)
				order by w.completed_at desc limit 1""").param("asset", assetId).query(String.class).optional();
	}

	/** A control that passed on the asset at or after the instant, if any. */
	Optional<Long> passingControlSince(long assetId, Instant since) {
		return this.jdbc.sql(PASSING_CONTROL)
			.param("asset", assetId)
			.param("since", java.sql.Timestamp.from(since))
			.query(Long.class)
			.optional();
	}

	/** Whether the category of the asset asks for a control after a corrective repair. */
	boolean controlAfterRepair(long assetId) {
		return this.jdbc.sql("""
				select c.control_after_repair from inv_asset a join inv_category c on c.id = a.category_id
				where a.id = :asset""").param("asset", assetId).query(Boolean.class).single();
	}

}
