package org.socle.inventory.plan;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.inventory.importing.AssetsImported;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an import or a plan's creation or change has committed, the schedule of the assets
 * concerned is brought up to date at once (first occurrences, work orders within the lead
 * time), so the engineer sees them fall due without waiting for the daily job; in a
 * transaction of its own, since the saving one is over. Should it fail, what was saved
 * stands and the daily job catches up.
 */
@Component
class ScheduleCatchUp {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCatchUp.class);

	private static final String ASSETS_OF_PLAN = """
			select a.id from inv_plan p join inv_asset a on a.category_id = p.category_id where p.id = :plan
			union select a.id from inv_plan p join inv_asset a on a.model_id = p.model_id where p.id = :plan
			union select p.asset_id from inv_plan p where p.id = :plan and p.asset_id is not null""";

	private final PlanSweep sweep;

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	ScheduleCatchUp(PlanSweep sweep, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.sweep = sweep;
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(AssetsImported imported) {
		catchUp(imported.assetIds(), "imported");
	}

	@TransactionalEventListener
	void on(PlanSaved saved) {
		List<Long> assets = this.jdbc.sql(ASSETS_OF_PLAN).param("plan", saved.planId()).query(Long.class).list();
		catchUp(assets, "of plan " + saved.planId());
	}

	private void catchUp(Collection<Long> assetIds, String which) {
		try {
			PlanSweep.Result result = this.newTransaction.execute(status -> this.sweep.catchUp(assetIds));
			log.info("Plans of {} asset(s) {} brought up to date: {}", assetIds.size(), which, result);
		}
		catch (RuntimeException ex) {
			log.error("Plans of {} asset(s) {} not brought up to date; the daily job will", assetIds.size(), which, ex);
		}
	}

}
