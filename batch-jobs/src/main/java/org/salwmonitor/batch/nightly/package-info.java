/**
 * The scheduled run ({@code salw nightly}): imports every new file of an inbox folder, recognised by its
 * content, files each under {@code processed/} or {@code rejected/}, re-renders the public report pack
 * when the data it shows changed, and leaves a JSON run log. A lock keeps runs from overlapping; a run
 * killed halfway is completed by the next one.
 */
package org.salwmonitor.batch.nightly;
