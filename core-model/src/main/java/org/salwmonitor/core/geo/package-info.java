/**
 * Countries (ISO 3166-1 alpha-2, alpha-3, UN M49) with English and Russian names, and named regions such as Central Asia.
 */
package org.salwmonitor.core.geo;
