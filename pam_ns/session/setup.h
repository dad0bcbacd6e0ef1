/* Setting up namespaces that were just made: mounts, hostname, loopback. */
#ifndef PNS_SETUP_H
#define PNS_SETUP_H

#include <stdbool.h>
#include <sys/types.h>

#include "common/nstype.h"
#include "policy/policy.h"
#include "common/util.h"

/*
 * Everything a rule or a set asks of namespaces just made, in the one order
 * that keeps mounts away from a shared parent: propagation of "/" first,
 * then (in a new mnt) a private /tmp, and when a net namespace (new or
 * joined: net_any) goes with it, /sys and the /etc/netns/<netns> binds;
 * then the hostname (new uts, hostname non-empty) and lo (new net, when
 * s->loopback).  new_mask: PNS_BIT of the types just unshared.
 */
int pns_setup_new(const struct pns_setup *s, unsigned new_mask, bool net_any, const char *hostname,
		  const char *netns, pns_step_fn step, void *ctx, struct pns_err *e);

/* Recursive propagation of "/" in a new mount namespace; done before
 * anything is mounted so nothing leaks back to a shared host "/". */
int pns_setup_propagation(enum pns_propagation prop, struct pns_err *e);

/* A fresh tmpfs (mode 1777) on /tmp of `size` (tmpfs size=, as
 * pns_tmpfs_size accepts it; NULL: PNS_TMP_SIZE_DEFAULT) and one inode per
 * 4 kB of it, at least 1024. */
int pns_setup_tmp(const char *size, struct pns_err *e);

/*
 * Mount a sysfs that shows the current net namespace on /sys.  Under a
 * propagation that leaks (PNS_PROP_LEAKS: "shared", "unchanged") the old
 * /sys stays under it, made a slave (pns_setup_hold), since an umount would
 * reach the host; else it is detached first, as ip netns exec does.
 */
int pns_setup_sysfs(enum pns_propagation prop, struct pns_err *e);

/*
 * Make the mount that holds `path` (a directory: the mount a new mount on
 * it would sit on) a slave in this mount namespace, so that a mount on
 * `path` stays here while the host's mounts still arrive.  Refused (EXDEV,
 * a sentence naming `prop`, the rule's setting) when that mount is
 * "/": making "/" a slave would stop all the propagation the rule asked for.
 * For mount namespaces whose "/" propagates (shared, unchanged) only.
 */
int pns_setup_hold(const char *path, enum pns_propagation prop, struct pns_err *e);

/*
 * /etc/netns/<name> and /etc, opened through the path walker with every
 * component trusted, into *netns_dir and *etc_dir (O_DIRECTORY); both -1
 * when /etc/netns/<name> does not exist (not an error).  0, or -1 and *e.
 */
int pns_view_open(const char *name, int *netns_dir, int *etc_dir, struct pns_err *e);

/* As `ip netns exec`: bind each /etc/netns/<name>/<entry> over /etc/<entry>
 * when that exists (a missing /etc/netns/<name> is not an error), onto
 * /etc/<entry> itself, a link included (pns_view_apply, common/view.h). */
int pns_setup_etc_netns(const char *name, struct pns_err *e);

/* A fresh proc on /proc; call from a process inside the new pid ns. */
int pns_setup_proc(struct pns_err *e);

/* Where systemd-logind puts each user's runtime directory, /run/user/UID
 * (a fixed path: systemd-logind(8), user-runtime-dir@.service), with the
 * sockets of the user's service manager (systemd/private), its D-Bus
 * (bus) and every socket-activated user service in it. */
#define PNS_RUNTIME_ROOT "/run/user"

/* PNS_RUNTIME_ROOT, made (0755, root's) when missing, as systemd-tmpfiles
 * makes it at boot; every component trusted, no link.  0 or -1 and *e. */
int pns_runtime_root_make(struct pns_err *e);

/*
 * A fresh tmpfs on PNS_RUNTIME_ROOT holding one empty directory, <uid>,
 * mode 0700, owned by uid:gid: the session's runtime directory, in which
 * nothing of the user's service manager is reachable.  Call in a mount
 * namespace of the session's own whose "/" does not propagate to the host
 * (slave or private), or after pns_setup_hold(PNS_RUNTIME_ROOT).  The tmpfs is bounded as logind bounds the real one
 * (RuntimeDirectorySize= 10% of RAM), with inodes as for a private /tmp
 * (one per 4 kB, at least 1024).  errno of the failing call kept in e.
 */
int pns_setup_user_runtime(uid_t uid, gid_t gid, struct pns_err *e);

/* sethostname() after validating. */
int pns_setup_hostname(const char *name, struct pns_err *e);

/* Bring lo up (ioctl SIOCSIFFLAGS; no `ip` subprocess). */
int pns_setup_loopback(struct pns_err *e);

#endif
