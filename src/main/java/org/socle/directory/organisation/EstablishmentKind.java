package org.socle.directory.organisation;

/**
 * Health establishment (hospital, clinic) or social and medico-social one (ESMS: care
 * home...).
 */
public enum EstablishmentKind {

	HEALTH, MEDICO_SOCIAL

}
