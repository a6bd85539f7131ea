/**
 * The restricted case digest: case-level material for peer-to-peer analysis among law-enforcement
 * participants, kept apart from the public reports of {@code org.salwmonitor.reports}. Nothing here is
 * part of the public report pack.
 */
package org.salwmonitor.reports.digest;
