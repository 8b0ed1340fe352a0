package org.socle.inventory.category;

/**
 * Regulatory risk class of a medical device: I, IIa, IIb, III (EU MDR) and IV (Health
 * Canada).
 */
public enum DeviceClass {

	I, IIA, IIB, III, IV

}
