/**
 * SDG indicator 16.4.2: the proportion of seized, found or surrendered arms whose illicit origin was established.
 *
 * <p>{@link org.salwmonitor.core.sdg.Sdg1642} derives national rates from statistics observations,
 * {@link org.salwmonitor.core.sdg.Sdg1642Rate} is one country-year and
 * {@link org.salwmonitor.core.sdg.Sdg1642RegionalRate} pools a region's weapons for one year.
 */
package org.salwmonitor.core.sdg;
