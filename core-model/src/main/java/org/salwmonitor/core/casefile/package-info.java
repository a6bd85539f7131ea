/**
 * Seizure, find and surrender events with their items, routes, pseudonymous persons, offences, case stage and
 * tracing requests, and firearms recorded lost or stolen.
 */
package org.salwmonitor.core.casefile;
