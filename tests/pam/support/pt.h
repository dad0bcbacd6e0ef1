/* Shared code of the PAM-level tests: service and policy files, namespace
 * pins made inside the test's own namespaces, and a PAM session run in a
 * forked child (the module moves the calling process) whose results and
 * log come back to the test. */
#ifndef PT_H
#define PT_H

#include <stdbool.h>
#include <stddef.h>

#include <security/pam_appl.h>

enum { PT_CGROUP, PT_IPC, PT_UTS, PT_NET, PT_PID, PT_TIME, PT_MNT, PT_NTYPES };
extern const char *const pt_type_name[PT_NTYPES];
/* /proc/self/ns entry that shows the namespace the process's children get. */
extern const char *const pt_type_entry[PT_NTYPES];
extern const int pt_type_flag[PT_NTYPES];

struct pt_result {
	int open_rc;
	int close_rc;				/* -1: not called */
	int cb_end;				/* what the `ended` hook returned */
	unsigned long before[PT_NTYPES];	/* pt_type_entry ids */
	unsigned long after[PT_NTYPES];		/* right after open_session */
	int leaked_fds;				/* fds opened by open_session */
	char leaked[256];
	int cb;					/* what the callback returned */
	int cb_after;				/* what the after-close one returned */
	char note[1024];			/* text the callback left */
};

/* The session child's PAM handle, for callbacks. */
extern pam_handle_t *pt_handle;

/* Runs in the session child after open_session, before close_session. */
typedef int (*pt_fn)(struct pt_result *r, void *arg);

/* The test's scratch directory ($PNS_TEST_DIR), and paths under it. */
const char *pt_dir(void);
char *pt_path(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void pt_write_file(const char *path, int mode, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Write <dir>/<name>.conf: "version = 1; pin_dir = <dir>/pins/<name>;"
 * and then body.  Returns its path (static storage, one per name). */
const char *pt_policy(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* What the application sees when pam_ns returned PAM_IGNORE (see
 * pt_service_raw). */
#define PT_IGNORED PAM_AUTH_ERR

/* <dir>/pam.d/<service>: session required <module> config=<policy>
 * helper=<helper> <args>.  policy NULL leaves config= out. */
void pt_service(const char *service, const char *policy, const char *args);
/* The same with the argument list written out in full. */
void pt_service_raw(const char *service, const char *args);

/* PAM_RHOST and PAM_TTY of the sessions pt_session runs (NULL, the
 * default: left unset). */
extern const char *pt_rhost, *pt_tty;

/* Run pam_start_confdir(service, user) + open (+ fn) + close + pam_end
 * in a child; fills *r; *log (malloc'd; log may be NULL) gets what
 * the child's pam_syslog wrote.  close_session runs when open succeeded. */
void pt_session(const char *service, const char *user, pt_fn fn, void *arg, struct pt_result *r,
		char **log);

/* The same, with `after` run once close_session has returned. */
void pt_session_full(const char *service, const char *user, pt_fn fn, pt_fn after, void *arg,
		     struct pt_result *r, char **log);

/* The same, with `ended` run once pam_end has returned too (its result in
 * r->cb_end). */
void pt_session_hooks(const char *service, const char *user, pt_fn fn, pt_fn after, pt_fn ended,
		      void *arg, struct pt_result *r, char **log);

/* Whether log holds a line with every one of the NULL-ended needles. */
bool pt_log_line(const char *log, ...) __attribute__((sentinel));

/* Namespace id of a path (stat st_ino), of our own /proc/self/ns entry. */
unsigned long pt_ns_id(const char *path);
unsigned long pt_self_ns(int type);

/* Pin a new namespace of `type` at path (created as an empty file): a
 * child unshares it and this process bind-mounts it.  Returns its id. */
unsigned long pt_make_pin(int type, const char *path);

/* ids of a forked child's /proc/self/ns/<name>, for pid and time. */
unsigned long pt_child_ns(const char *name);

#endif
