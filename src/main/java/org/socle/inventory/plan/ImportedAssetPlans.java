package org.socle.inventory.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.inventory.importing.AssetsImported;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an import has committed, its assets' plans are brought up to date at once (first
 * occurrences, work orders within the lead time), so the engineer sees them fall due
 * without waiting for the daily job; in a transaction of its own, since the import's is
 * over. Should it fail, the import stands and the daily job catches up.
 */
@Component
class ImportedAssetPlans {

	private static final Logger log = LoggerFactory.getLogger(ImportedAssetPlans.class);

	private final PlanSweep sweep;

	private final TransactionTemplate newTransaction;

	ImportedAssetPlans(PlanSweep sweep, PlatformTransactionManager transactions) {
		this.sweep = sweep;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(AssetsImported imported) {
		try {
			PlanSweep.Result result = this.newTransaction.execute(status -> this.sweep.catchUp(imported.assetIds()));
			log.info("Plans of {} imported asset(s) brought up to date: {}", imported.assetIds().size(), result);
		}
		catch (RuntimeException ex) {
			log.error("Plans of {} imported asset(s) not brought up to date; the daily job will",
					imported.assetIds().size(), ex);
		}
	}

}
