package org.shuzhi.bench.sharing;

import com.sun.tools.attach.VirtualMachine;

/**
 * Loads async-profiler into a running JVM with a command ({@code start,event=itimer,interval=1ms} or
 * {@code stop,file=out.collapsed,collapsed}): the attach API passes the command whole, where {@code jcmd
 * JVMTI.agent_load} would split it at its {@code =}. Used by {@code bench/share-calls-profile.sh}.
 */
public final class AttachProfiler {

    private AttachProfiler() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: AttachProfiler <pid> <libasyncProfiler.so> <command>");
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
