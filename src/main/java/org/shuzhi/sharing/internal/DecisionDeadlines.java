package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.time.Instant;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Unscoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the decision deadlines of pending applications: at half time the provider's approvers are reminded, once
 * overdue the application is escalated to the data authority (数据主管部门, the CATALOG_REVIEW holders whose scope
 * covers the provider, who see escalated applications in their inbox). Both are recorded as steps, once each, by
 * the system; several instances may run the job, the update that marks a step decides who records it.
 */
@Component
@Unscoped("system job over every pending application: it acts for no caller")
class DecisionDeadlines {

    static final String ACTOR = "system:sharing";
    private static final Logger log = LoggerFactory.getLogger(DecisionDeadlines.class);

    private final ApplicationRepository applications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DecisionDeadlines(ApplicationRepository applications, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reminds and escalates what is due now; returns how many steps were recorded. */
    @Scheduled(fixedDelayString = "${shuzhi.sharing.deadline-check:5m}", initialDelayString = "1m")
    int check() {
        Instant now = clock.instant();
        DataScope all = DataScope.all();
        int steps = 0;
        for (boolean overdue : new boolean[] {false, true}) {
            for (long id : applications.dueFor(overdue, now, all)) {
                Boolean done = transaction.execute(status -> {
                    if (!applications.mark(id, overdue, now, all)) {
                        return false;
                    }
                    applications.step(id, overdue ? "ESCALATE" : "REMIND", ACTOR,
                            overdue ? "overdue: escalated to the data authority" : "half of the time limit has passed",
                            now, all);
                    return true;
                });
                steps += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        if (steps > 0) {
            log.info("Sharing applications: {} reminders and escalations recorded", steps);
        }
        return steps;
    }
}
