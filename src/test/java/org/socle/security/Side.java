package org.socle.security;

/** Which establishment's record a matrix request targets. */
enum Side {

	A, B

}
