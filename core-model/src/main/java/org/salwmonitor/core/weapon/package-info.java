/**
 * The SALW taxonomy: item classes, small-arm and light-weapon types, parts, calibres, firearm identification and marking checks, serial-number matching keys, and crosswalks from national categories.
 */
package org.salwmonitor.core.weapon;
