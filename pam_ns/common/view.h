/* The /etc/netns view: each entry of /etc/netns/NAME mounted over
 * /etc/ENTRY, as `ip netns exec` does, but onto the dentry of /etc/ENTRY
 * itself (a symbolic link included), never onto what a link points to.
 *
 * One home for binding and for telling a bind that is gone: the core
 * (pns_setup_etc_netns, for sessions and sets) and pam_ns-init's keeper
 * both use it.  pam_ns-init is built against musl, alone: this file and
 * view.c use nothing but libc (no struct pns_err), so errors come back as
 * an errno and the entry they concern. */
#ifndef PNS_VIEW_H
#define PNS_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Whether an entry of mode `entry` (st_mode, a link not followed) can
 * cover an /etc entry of mode `etc`: a mount puts a directory on a
 * directory only, anything else on anything but a directory (the kernel
 * refuses the rest, and the view skips them). */
bool pns_view_fits(mode_t entry, mode_t etc);

/*
 * Mount a clone of netns_dir/name (open_tree OPEN_TREE_CLONE, never
 * following a link) onto etc_dir/name (move_mount without
 * MOVE_MOUNT_T_SYMLINKS: the mount covers /etc/name itself, so a link
 * there, even a dangling one, is covered and its target never matters).
 * Lands on top of whatever is mounted there already.  0, or -1 with errno.
 */
int pns_view_bind(int netns_dir, int etc_dir, const char *name);

/*
 * Whether etc_dir/name exists and is not netns_dir/name (st_dev/st_ino,
 * neither followed if a link): 1 the view of that entry is missing (never
 * made, or detached because the host renamed over or removed the file it
 * covered), 0 it holds, /etc has no such entry (as with ip netns exec,
 * nothing is created in /etc) or one it cannot cover (a directory over a
 * non-directory or the reverse, which the kernel refuses: skipped, as ip
 * netns exec does, and `pam_ns_helper check` warns), -1 with errno when
 * netns_dir/name cannot be looked at.
 */
int pns_view_stale(int netns_dir, int etc_dir, const char *name);

/*
 * Bind every entry of netns_dir (but "." and "..") whose /etc entry is
 * stale (pns_view_stale); entries that hold are left alone, so calling it
 * again is harmless.  0, or -1 with errno and the entry that failed in
 * failed[size] ("" when reading netns_dir failed); it goes on with the
 * other entries first, so one bad entry does not cost the others their
 * view.
 */
int pns_view_apply(int netns_dir, int etc_dir, char *failed, size_t size);

#endif
