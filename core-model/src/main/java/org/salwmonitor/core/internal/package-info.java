/**
 * Argument checks shared by the library; not exported.
 */
package org.salwmonitor.core.internal;
