package org.socle.inventory.notice;

/**
 * A kind of criterion of a notice's affected scope. Product criteria say which product;
 * unit criteria say which units of it. An asset is affected when it meets a unit
 * criterion (if the notice has any) and a product criterion (if it has any).
 */
public enum CriterionKind {

	MODEL(true), ALIAS(true), DEVICE_IDENTIFIER(true), SERIAL(false), SERIAL_RANGE(false), LOT(false),
	SOFTWARE_VERSION(false), MANUFACTURED_BETWEEN(false);

	private final boolean product;

	CriterionKind(boolean product) {
		this.product = product;
	}

	public boolean isProduct() {
		return this.product;
	}

}
