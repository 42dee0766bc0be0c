package org.shuzhi.calendar.internal;

import org.shuzhi.platform.ApiProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where in an upload a problem is: a line of a CSV file (1 = the first line) or an entry of a JSON
 * {@code days} array (0 = the first). Problems name it in the caller's language and carry it as the extension
 * member {@code line} or {@code entry}.
 */
enum Where {
    LINE("calendar.where.line", "line"),
    ENTRY("calendar.where.entry", "entry");

    private final String messageKey;
    private final String member;

    Where(String messageKey, String member) {
        this.messageKey = messageKey;
        this.member = member;
    }

    /** The position as a message argument the message source resolves in the caller's language. */
    DefaultMessageSourceResolvable at(int position) {
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {String.valueOf(position)},
                member + " " + position);
    }

    /** A 400 problem at {@code position}: the message's first argument is the position, then {@code args}. */
    ApiProblem problem(int position, String messageKey, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = at(position);
        System.arraycopy(args, 0, all, 1, args.length);
        return ApiProblem.badRequest(messageKey, all).with(member, position);
    }
}
