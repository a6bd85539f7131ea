/**
 * International instruments, states' participation in them, reporting obligations and report submissions.
 */
package org.salwmonitor.core.law;
