package org.salwmonitor.reports;

/** A report could not be filled or exported. */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what failed, not null
     * @param cause    the cause, may be null
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
