/**
 * Business calendars: working hours, closures and public holidays, and the working-time
 * arithmetic that service level clocks use.
 */
package org.socle.servicedesk.calendar;
