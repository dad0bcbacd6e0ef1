/* The one child-process toolkit: every process pam_ns starts (the store's
 * children, the helper run by the module, the init of a pid namespace)
 * starts here, with bounded waits.  A forked child reports its sentence
 * (struct pns_err); an executed program, which shares no structure with
 * us, reports an errno as an int (before its exec, through a close-on-exec
 * pipe; pam_ns-init, on fd 3). */
#ifndef PNS_CHILD_H
#define PNS_CHILD_H

#include <stdbool.h>
#include <sys/types.h>

#include "common/util.h"

/* Longest wait for a child's report (ms): only matters when it hangs. */
#define PNS_CHILD_REPORT_MS 10000

struct pns_child {
	pid_t pid;
	int report_fd, go_fd;
};

/*
 * Fork.  The child runs fn(arg, &err) and sends the result back; on
 * success it then waits for pns_child_release, and on a release without
 * `ok` (or the parent's death) it calls undo(arg) (may be NULL) before it
 * exits.  The parent returns once fn has reported: 0, or -1 with fn's
 * sentence in *e (the child is reaped then).  The child inherits the
 * parent's namespaces and credentials; fn may unshare freely.
 */
int pns_child_start(struct pns_child *c, int (*fn)(void *arg, struct pns_err *e),
		    void (*undo)(void *arg), void *arg, struct pns_err *e);

/* Let the child go (ok: it exits 0; else it undoes and exits 1) and reap
 * it.  0 when it exited 0 after an ok release. */
int pns_child_release(struct pns_child *c, bool ok, struct pns_err *e);

/*
 * Open an executable that root is about to run: walked from "/" with every
 * component trusted (common/path.h: root-owned, not group/other writable,
 * no symbolic link), a regular file with an execute bit.  Returns an O_PATH
 * fd to pass to pns_child_exec (executing that fd leaves no window to swap
 * the file), or -1 with *e filled.
 */
int pns_exe_open(const char *path, struct pns_err *e);

/* How pns_child_exec starts a program. */
struct pns_exec {
	int exe;			/* from pns_exe_open */
	char *const *argv;
	int out_fd;			/* becomes fds 1 and 2; -1: /dev/null */
	int report_fd;			/* becomes fd 3; -1: none */
	bool die_with_parent;		/* PR_SET_PDEATHSIG(SIGKILL), armed without a race */
	bool script_ok;			/* keep exe open across the exec, so that a script
					 * (run by the kernel as /dev/fd/N) works too */
	char *const *env;		/* NAME=VALUE entries after PATH, NULL-ended;
					 * NULL: none */
	const int *fds;			/* become fds 4, 5, ... in this order (so fd 3
					 * is the report fd or closed); not owned */
	int nfds;			/* at most PNS_EXEC_MAX_FDS */
};

/* How many fds pns_child_exec passes on besides 0-3. */
#define PNS_EXEC_MAX_FDS 16

/*
 * Fork and execute x->exe (execveat AT_EMPTY_PATH) with x->argv and an
 * environment of PATH and x->env only, stdin on /dev/null, no fd of the
 * caller but x->fds,
 * every signal handler at its default and none blocked, real, effective and
 * saved uid and gid 0 and no supplementary groups (su and sudo open sessions
 * with the caller's real uid: nothing we start may be signalled, traced or
 * stalled by the caller), the resource limits, nice value and CPU affinity
 * of /proc/1, the normal scheduling policy, default I/O priority and OOM
 * score adjustment 0 (none of the caller's: su keeps what its user set), in
 * a session of its own.  The child's errors
 * before the exec reach the parent through a close-on-exec pipe (EOF: the
 * exec happened).  0 and *pid, or -1 with *e filled (the child reaped).
 */
int pns_child_exec(const struct pns_exec *x, pid_t *pid, struct pns_err *e);

/*
 * Wait for child `pid` of the caller to exit, at most ms milliseconds
 * (through a pidfd, no polling), and reap it.  1: reaped (its wait status
 * in *status, when not NULL), 0: still running, -1 on error (ECHILD: it was
 * reaped already by someone else; then *status is unknown).
 */
int pns_child_wait(pid_t pid, int ms, int *status);

/*
 * Read what child `pid` of the caller (not reaped) writes on fd into buf
 * (at most size - 1 bytes kept, NUL-terminated; *len their count, from 0),
 * until it exits or ms milliseconds pass: its exit, not EOF, ends the wait
 * (a daemon it starts may hold the pipe for ever); what it wrote before it
 * exited is taken too.  Leaves it unreaped (or reaped already by a caller
 * that ignores SIGCHLD).  1: it exited, 0: ms passed.
 */
int pns_child_collect(pid_t pid, int fd, int ms, char *buf, size_t size, size_t *len);

/* ---- the init of a pid namespace (pam_ns-init) ---------------------------- */

/* Longest waits (ms): only matter when something is badly wrong. */
#define PNS_INIT_READY_MS 10000
#define PNS_INIT_STOP_MS 5000

/* What pam_ns-init is started as. */
enum pns_init_kind {
	PNS_INIT_SESSION,	/* PID 1 of a session's pid namespace; dies with the caller */
	PNS_INIT_SET,		/* PID 1 of a pid set's; lives on */
	PNS_INIT_KEEPER,	/* no PID 1: keeps a session's /etc/netns view only;
				 * dies with the caller */
};

struct pns_init_how {
	enum pns_init_kind kind;
	bool mount_proc;	/* mount a fresh /proc first (not for a keeper) */
	/* The /etc/netns view of the caller's mount namespace to keep for as
	 * long as it runs (pns_view_open: /etc/netns/NAME and /etc, passed as
	 * fds 4 and 5, so it never walks a path); -1 and -1: none.  A keeper
	 * needs them. */
	int view_dir, etc_dir;
};

/*
 * Start pam_ns-init (exe: from pns_exe_open) as `how` says: PID 1 of the
 * pid namespace the caller unshared last (its next child lands there), or
 * a keeper, an ordinary process in the caller's namespaces.  Either keeps
 * the view when given one: it re-binds every /etc/netns entry whose bind
 * the host detached (by renaming over or removing the /etc file under it)
 * as soon as the mount table or /etc changes.  Returns once it has
 * reported, with *pid its pid as the caller sees it; stop a session init or
 * a keeper with pns_init_stop.
 */
int pns_init_launch(int exe, const struct pns_init_how *how, pid_t *pid, struct pns_err *e);

/* pns_init_launch of a session init (set: false) or a set's (set: true)
 * with no view. */
int pns_init_start(int exe, bool set, bool mount_proc, pid_t *pid, struct pns_err *e);

/*
 * Stop a session init or a keeper the caller started and has not reaped: SIGTERM
 * through a pidfd, wait for its exit (bounded), SIGKILL, wait again.  A
 * dying init waits until every process of its namespace is reaped; when a
 * child of the caller inside it still is not (sshd's monitor reaps after
 * the session closes), it returns at once and leaves the reaping to the
 * caller.  A pid the caller already reaped is never signalled.
 */
int pns_init_stop(pid_t pid, struct pns_err *e);

#endif
