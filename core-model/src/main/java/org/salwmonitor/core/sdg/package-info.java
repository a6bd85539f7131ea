/**
 * SDG indicator 16.4.2: the proportion of seized, found or surrendered arms whose illicit origin was established.
 */
package org.salwmonitor.core.sdg;
