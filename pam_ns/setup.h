/* Setting up namespaces that were just made: mounts, hostname, loopback. */
#ifndef PNS_SETUP_H
#define PNS_SETUP_H

#include "policy.h"
#include "util.h"

/* Recursive propagation of "/" in a new mount namespace; done before
 * anything is mounted so nothing leaks back to a shared host "/". */
int pns_setup_propagation(enum pns_propagation prop, struct pns_err *e);

/* A fresh tmpfs (mode 1777) on /tmp. */
int pns_setup_tmp(struct pns_err *e);

/* Detach /sys and mount a sysfs that shows the current net namespace. */
int pns_setup_sysfs(struct pns_err *e);

/* As `ip netns exec`: bind each /etc/netns/<name>/<entry> over /etc/<entry>
 * (a missing /etc/netns/<name> is not an error). */
int pns_setup_etc_netns(const char *name, struct pns_err *e);

/* A fresh proc on /proc; call from a process inside the new pid ns. */
int pns_setup_proc(struct pns_err *e);

/* sethostname() after validating. */
int pns_setup_hostname(const char *name, struct pns_err *e);

/* Bring lo up (ioctl SIOCSIFFLAGS; no `ip` subprocess). */
int pns_setup_loopback(struct pns_err *e);

#endif
