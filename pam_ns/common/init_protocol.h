/* What pns_init_launch (common/child.c) and pam_ns-init (init/) say to
 * each other: the fds the init is given and the stages its report names.
 * Header only, libc free: pam_ns-init is built apart, against musl. */
#ifndef PNS_INIT_PROTOCOL_H
#define PNS_INIT_PROTOCOL_H

/* The report pipe: two ints, 0 or an errno, and the stage that failed. */
#define PNS_INIT_REPORT_FD 3
/* With a view to keep: /etc/netns/NAME and /etc, opened and checked by
 * the starter (pns_child_exec passes them on from fd 4, in this order). */
#define PNS_INIT_VIEW_FD 4
#define PNS_INIT_ETC_FD 5

enum pns_init_stage {
	PNS_INIT_STAGE_PROC,	/* mounting a fresh /proc */
	PNS_INIT_STAGE_WATCH,	/* watching the mount table and /etc */
	PNS_INIT_STAGE_BIND,	/* binding the view */
	PNS_INIT_STAGE_SIGNALS,	/* its signalfd */
};

#endif
