/**
 * The organisation referential every module stands on: the hospital group,
 * establishments, sites and locations, departments, people, accounts, teams and the role
 * scopes that decide who sees what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.socle.directory;
