/**
 * Seizure, find and surrender events with their items, routes, pseudonymous persons, offences, case stage and tracing requests.
 */
package org.salwmonitor.core.casefile;
