package org.shuzhi.event.internal;

import java.util.Map;

/**
 * The figures of one group of events reported in a period (or of all of them): how many reached each milestone and
 * how long each stage took. Events merged into another as duplicates are not counted.
 *
 * @param reported     events reported in the period
 * @param accepted     of those, accepted (立案)
 * @param rejected     rejected (不予立案)
 * @param handled      handled (处置完成) at least once
 * @param closed       closed (结案)
 * @param overdue      flagged overdue
 * @param handlingRate handled ÷ accepted, {@code null} when nothing was accepted
 * @param onTimeRate   handled by the deadline ÷ handled, {@code null} when nothing was handled
 * @param stages       hours per stage, for the events that went through it
 * @param returns      returns to the dispatcher, summed
 * @param reopens      reopenings, summed
 */
record StatisticsFigures(long reported, long accepted, long rejected, long handled, long closed, long overdue,
        Double handlingRate, Double onTimeRate, Map<Stage, StageHours> stages, long returns, long reopens) {

    /** The stages of an event's life whose duration is measured, from one timestamp to the next. */
    enum Stage {
        /** reported_at → accepted_at */
        REPORT_TO_ACCEPT,
        /** accepted_at → dispatched_at */
        ACCEPT_TO_DISPATCH,
        /** dispatched_at → handled_at */
        DISPATCH_TO_HANDLED,
        /** handled_at → closed_at */
        HANDLED_TO_CLOSED
    }

    /**
     * How long a stage took, in hours.
     *
     * @param count   how many events went through it
     * @param average the mean, {@code null} when none did
     * @param median  the median, {@code null} when none did
     */
    record StageHours(long count, Double average, Double median) {
    }

    /** Hours as shown: two decimals are plenty and keep the JSON readable. */
    static double hours(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The share {@code part ÷ whole}, {@code null} for an empty whole. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
