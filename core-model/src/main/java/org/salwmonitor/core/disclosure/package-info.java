/**
 * Disclosure control for published tables: primary and secondary suppression of small counts.
 */
package org.salwmonitor.core.disclosure;
