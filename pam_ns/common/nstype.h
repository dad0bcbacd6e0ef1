/* The namespace types pam_ns handles, described once in a table. */
#ifndef PNS_NSTYPE_H
#define PNS_NSTYPE_H

#include <stdbool.h>

/*
 * Enumerated in the order namespaces are entered: mnt is last because pin
 * paths are looked up in the current mount namespace and setns(CLONE_NEWNS)
 * resets root and cwd.  `user` is deliberately absent: a privileged login
 * program cannot keep working inside a new user namespace.
 */
enum pns_type {
	PNS_CGROUP,
	PNS_IPC,
	PNS_UTS,
	PNS_NET,
	PNS_PID,
	PNS_TIME,
	PNS_MNT,
	PNS_NTYPES
};

#define PNS_BIT(t) (1u << (t))
#define PNS_ALL_TYPES ((1u << PNS_NTYPES) - 1)

struct pns_type_info {
	const char *name;	/* policy and pin file name: "net" */
	int clone_flag;		/* CLONE_NEWNET */
	/* /proc/PID/ns entry to pin after unshare(): for pid and time the
	 * unsharing process stays where it was and only its children move,
	 * so the new namespace is "pid_for_children". */
	const char *proc_entry;
};

extern const struct pns_type_info pns_types[PNS_NTYPES];

/* unshare(2)/clone(2) flags for a PNS_BIT mask of types. */
int pns_mask_clone_flags(unsigned mask);

/* The type called `name`, or -1. */
int pns_type_by_name(const char *name);

/* "net,uts" for a mask, into buf (always terminated); "-" for 0. */
const char *pns_mask_str(unsigned mask, char *buf, unsigned size);

#endif
