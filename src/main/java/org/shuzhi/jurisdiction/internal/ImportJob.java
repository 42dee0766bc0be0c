package org.shuzhi.jurisdiction.internal;

import java.time.Instant;

import org.shuzhi.platform.ApiProblem;

/**
 * One background import as the page sees it: its latest progress, then its report or the problem that rejected
 * it. Written by the import thread, read by page requests: every field is volatile and replaced whole. The
 * readers are public for the page templates' expression language; the class stays inside the module.
 */
final class ImportJob {

    /** Where the job stands. */
    enum State {
        RUNNING, DONE, REJECTED, FAILED
    }

    private final String id;
    private final Instant started;
    private volatile State state = State.RUNNING;
    private volatile ImportProgress.Update progress =
            new ImportProgress.Update(ImportProgress.Phase.READING, null, 0, 0, 0);
    private volatile ImportReport report;
    private volatile ApiProblem problem;

    ImportJob(String id, Instant started) {
        this.id = id;
        this.started = started;
    }

    void progress(ImportProgress.Update update) {
        progress = update;
    }

    void finished(ImportReport done) {
        report = done;
        state = State.DONE;
    }

    void rejected(ApiProblem why) {
        problem = why;
        state = State.REJECTED;
    }

    void failed() {
        state = State.FAILED;
    }

    public boolean isOver() {
        return state != State.RUNNING;
    }

    public String id() {
        return id;
    }

    public Instant started() {
        return started;
    }

    public State state() {
        return state;
    }

    public ImportProgress.Update progress() {
        return progress;
    }

    public ImportReport report() {
        return report;
    }

    public ApiProblem problem() {
        return problem;
    }
}
