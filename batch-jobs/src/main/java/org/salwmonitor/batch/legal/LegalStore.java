package org.salwmonitor.batch.legal;

import static org.salwmonitor.batch.db.Tables.LEGAL_REVISION;
import static org.salwmonitor.batch.db.Tables.PARTICIPATION_ACTION;
import static org.salwmonitor.batch.db.Tables.REPORT_SUBMISSION;

import java.util.Objects;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import org.salwmonitor.batch.db.tables.records.ParticipationActionRecord;
import org.salwmonitor.batch.db.tables.records.ReportSubmissionRecord;

/**
 * Stores legal rows by their natural key (state, instrument, act; state, obligation, cycle): a new key is
 * inserted, the same values count as unchanged, and different values replace the record after the old
 * ones are kept in {@code legal_revision}.
 */
@Component
public class LegalStore {

    /** What storing one row did. */
    enum Change { INSERTED, UPDATED, UNCHANGED }

    private final DSLContext dsl;

    public LegalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Change store(LegalRow row, long sourceFileId, long jobExecutionId, boolean dryRun) {
        if (row instanceof LegalRow.Act act) {
            return storeAct(act, sourceFileId, jobExecutionId, dryRun);
        }
        return storeSubmission((LegalRow.Submission) row, sourceFileId, jobExecutionId, dryRun);
    }

    private Change storeAct(LegalRow.Act act, long fileId, long jobExecutionId, boolean dryRun) {
        ParticipationActionRecord current = dsl.selectFrom(PARTICIPATION_ACTION)
                .where(PARTICIPATION_ACTION.STATE.eq(act.state()), PARTICIPATION_ACTION.INSTRUMENT.eq(act.instrument()),
                        PARTICIPATION_ACTION.ACTION.eq(act.action()))
                .fetchOne();
        if (current != null && Objects.equals(current.getLevel(), act.level())
                && Objects.equals(current.getActionDate(), act.date()) && current.getSource().equals(act.source())
                && current.getVerified() == act.verified() && current.getSynthetic() == act.synthetic()) {
            return Change.UNCHANGED;
        }
        if (dryRun) {
            return current == null ? Change.INSERTED : Change.UPDATED;
        }
        if (current == null) {
            dsl.insertInto(PARTICIPATION_ACTION).set(PARTICIPATION_ACTION.STATE, act.state())
                    .set(PARTICIPATION_ACTION.INSTRUMENT, act.instrument()).set(PARTICIPATION_ACTION.ACTION, act.action())
                    .set(PARTICIPATION_ACTION.LEVEL, act.level()).set(PARTICIPATION_ACTION.ACTION_DATE, act.date())
                    .set(PARTICIPATION_ACTION.SOURCE, act.source()).set(PARTICIPATION_ACTION.VERIFIED, act.verified())
                    .set(PARTICIPATION_ACTION.SYNTHETIC, act.synthetic()).set(PARTICIPATION_ACTION.SOURCE_FILE_ID, fileId)
                    .set(PARTICIPATION_ACTION.SOURCE_LINE, act.line())
                    .set(PARTICIPATION_ACTION.JOB_EXECUTION_ID, jobExecutionId).execute();
            return Change.INSERTED;
        }
        keepRevision("PARTICIPATION", act.state() + "/" + act.instrument() + "/" + act.action(),
                "level=" + current.getLevel() + "; date=" + current.getActionDate() + "; verified=" + current.getVerified()
                        + "; synthetic=" + current.getSynthetic() + "; source=" + current.getSource(),
                current.getSourceFileId(), current.getSourceLine(), jobExecutionId, fileId, act.line());
        current.setLevel(act.level());
        current.setActionDate(act.date());
        current.setSource(act.source());
        current.setVerified(act.verified());
        current.setSynthetic(act.synthetic());
        current.setSourceFileId(fileId);
        current.setSourceLine(act.line());
        current.setJobExecutionId(jobExecutionId);
        current.update();
        return Change.UPDATED;
    }

    private Change storeSubmission(LegalRow.Submission submission, long fileId, long jobExecutionId, boolean dryRun) {
        ReportSubmissionRecord current = dsl.selectFrom(REPORT_SUBMISSION)
                .where(REPORT_SUBMISSION.STATE.eq(submission.state()),
                        REPORT_SUBMISSION.OBLIGATION.eq(submission.obligation()),
                        REPORT_SUBMISSION.CYCLE.eq(submission.cycle()))
                .fetchOne();
        if (current != null && Objects.equals(current.getDateReceived(), submission.received())
                && current.getPublicity().equals(submission.publicity()) && current.getSource().equals(submission.source())
                && current.getSynthetic() == submission.synthetic()) {
            return Change.UNCHANGED;
        }
        if (dryRun) {
            return current == null ? Change.INSERTED : Change.UPDATED;
        }
        if (current == null) {
            dsl.insertInto(REPORT_SUBMISSION).set(REPORT_SUBMISSION.STATE, submission.state())
                    .set(REPORT_SUBMISSION.OBLIGATION, submission.obligation())
                    .set(REPORT_SUBMISSION.CYCLE, submission.cycle())
                    .set(REPORT_SUBMISSION.DATE_RECEIVED, submission.received())
                    .set(REPORT_SUBMISSION.PUBLICITY, submission.publicity())
                    .set(REPORT_SUBMISSION.SOURCE, submission.source())
                    .set(REPORT_SUBMISSION.SYNTHETIC, submission.synthetic())
                    .set(REPORT_SUBMISSION.SOURCE_FILE_ID, fileId).set(REPORT_SUBMISSION.SOURCE_LINE, submission.line())
                    .set(REPORT_SUBMISSION.JOB_EXECUTION_ID, jobExecutionId).execute();
            return Change.INSERTED;
        }
        keepRevision("SUBMISSION", submission.state() + "/" + submission.obligation() + "/" + submission.cycle(),
                "received=" + current.getDateReceived() + "; publicity=" + current.getPublicity() + "; synthetic="
                        + current.getSynthetic() + "; source=" + current.getSource(),
                current.getSourceFileId(), current.getSourceLine(), jobExecutionId, fileId, submission.line());
        current.setDateReceived(submission.received());
        current.setPublicity(submission.publicity());
        current.setSource(submission.source());
        current.setSynthetic(submission.synthetic());
        current.setSourceFileId(fileId);
        current.setSourceLine(submission.line());
        current.setJobExecutionId(jobExecutionId);
        current.update();
        return Change.UPDATED;
    }

    private void keepRevision(String kind, String key, String oldValues, long oldFile, int oldLine, long jobExecutionId,
                              long newFile, int newLine) {
        dsl.insertInto(LEGAL_REVISION).set(LEGAL_REVISION.RECORD_KIND, kind).set(LEGAL_REVISION.RECORD_KEY, key)
                .set(LEGAL_REVISION.OLD_VALUES, oldValues.length() > 2000 ? oldValues.substring(0, 2000) : oldValues)
                .set(LEGAL_REVISION.SOURCE_FILE_ID, oldFile).set(LEGAL_REVISION.SOURCE_LINE, oldLine)
                .set(LEGAL_REVISION.SUPERSEDED_BY_JOB, jobExecutionId).set(LEGAL_REVISION.SUPERSEDED_BY_FILE, newFile)
                .set(LEGAL_REVISION.SUPERSEDED_BY_LINE, newLine).execute();
    }
}
