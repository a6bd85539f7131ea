/**
 * Cross-border matching of firearm records: item lines seized, found or surrendered in different countries, and
 * lost or stolen records, that refer to the same firearm. Candidate pairs are found in PostgreSQL through indexes
 * (equal serial keys; keys one digit apart, precomputed by the triggers of {@code V6__matching.sql}); the match rules
 * ({@code MatchRules}: compatible make, model, calibre and type) decide which candidates are links; linked records are
 * grouped into match sets. Restricted, case-level data: never part of a public report.
 */
package org.salwmonitor.batch.matching;
