/**
 * Argument checks and the reader of reference CSV tables, shared by the library's packages; not exported.
 */
package org.salwmonitor.core.internal;
